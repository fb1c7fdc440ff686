using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace RecognitionPay.LoadTest;

/// <summary>
/// The bare baseline: Kestrel with POST /baseline, which stores the request body as one row in its own SQLite file
/// through Microsoft.Data.Sqlite (the same package and native build as the service), one pooled connection per
/// request, and answers 201. The file has the service's journal settings: journal_mode=WAL, set once as the service
/// sets it at start, and synchronous left at the library's default, which the service does not change either.
/// GET /health reports both, read back from a pooled connection.
/// </summary>
public static class BaselineServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var port = int.Parse(Option(args, "--port"), CultureInfo.InvariantCulture);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Option(args, "--db") }.ToString();
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            await ExecuteAsync(setup, "PRAGMA journal_mode=WAL;");
            await ExecuteAsync(setup, "CREATE TABLE IF NOT EXISTS baseline_rows (id TEXT NOT NULL PRIMARY KEY, idempotency_key TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL);");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/health", async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            return Results.Text(
                $"{{\"journalMode\":\"{await ScalarAsync(connection, "PRAGMA journal_mode;")}\",\"synchronous\":{await ScalarAsync(connection, "PRAGMA synchronous;")},\"sqlite\":\"{connection.ServerVersion}\",\"gcServer\":{(System.Runtime.GCSettings.IsServerGC ? "true" : "false")}}}",
                "application/json");
        });
        app.MapPost("/baseline", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(cancellationToken);
            var id = Guid.CreateVersion7();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO baseline_rows (id, idempotency_key, body, created_at) VALUES ($id, $key, $body, $at);";
            insert.Parameters.AddWithValue("$id", id.ToString());
            insert.Parameters.AddWithValue("$key", request.Headers["Idempotency-Key"].ToString());
            insert.Parameters.AddWithValue("$body", body);
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return Results.Text($"{{\"id\":\"{id}\"}}", "application/json", statusCode: StatusCodes.Status201Created);
        });
        await app.RunAsync();
        return 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }

    private static string Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : throw new ArgumentException($"serve-baseline needs {name}.");
    }
}
