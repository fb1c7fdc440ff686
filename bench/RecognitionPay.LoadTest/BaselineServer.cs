using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace RecognitionPay.LoadTest;

/// <summary>
/// The bare baselines: Kestrel with POST /baseline, which stores the request body as one row in its own SQLite file
/// through Microsoft.Data.Sqlite (the same package and native build as the service) and answers 201 once it is
/// committed. The file has the service's journal settings: journal_mode=WAL, set once as the service sets it at start,
/// and synchronous left at the library's default, which the service does not change either. GET /health reports both.
/// Two ways to write, chosen by --mode:
/// <list type="bullet">
/// <item>row: writers queue in-process as the service's do (no sleeping on a busy lock), one row per commit;</item>
/// <item>batch: one writer takes every row waiting and commits them in one transaction, one fsync a burst: the limit
/// of the storage on this machine.</item>
/// </list>
/// </summary>
public static class BaselineServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var port = int.Parse(Option(args, "--port"), CultureInfo.InvariantCulture);
        var batch = Option(args, "--mode") switch
        {
            "row" => false,
            "batch" => true,
            var other => throw new ArgumentException($"serve-baseline --mode is row or batch, not {other}."),
        };
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
        var writer = batch ? new BatchWriter(connectionString) : null;
        var queue = new SemaphoreSlim(1, 1);
        app.MapPost("/baseline", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var reader = new StreamReader(request.Body);
            var row = new Row(Guid.CreateVersion7(), request.Headers["Idempotency-Key"].ToString(), await reader.ReadToEndAsync(cancellationToken), DateTimeOffset.UtcNow);
            if (writer is not null)
            {
                await writer.WriteAsync(row);
            }
            else
            {
                await queue.WaitAsync(cancellationToken);
                try
                {
                    await using var connection = new SqliteConnection(connectionString);
                    await connection.OpenAsync(cancellationToken);
                    await InsertAsync(connection, null, row);
                }
                finally
                {
                    queue.Release();
                }
            }

            return Results.Text($"{{\"id\":\"{row.Id}\"}}", "application/json", statusCode: StatusCodes.Status201Created);
        });
        await app.RunAsync();
        return 0;
    }

    private sealed record Row(Guid Id, string Key, string Body, DateTimeOffset At);

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction? transaction, Row row)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO baseline_rows (id, idempotency_key, body, created_at) VALUES ($id, $key, $body, $at);";
        insert.Parameters.AddWithValue("$id", row.Id.ToString());
        insert.Parameters.AddWithValue("$key", row.Key);
        insert.Parameters.AddWithValue("$body", row.Body);
        insert.Parameters.AddWithValue("$at", row.At.ToString("O", CultureInfo.InvariantCulture));
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>One writer on one connection: each turn it takes every row waiting, writes them in one transaction, commits, and answers them all.</summary>
    private sealed class BatchWriter
    {
        private readonly System.Threading.Channels.Channel<(Row Row, TaskCompletionSource Done)> _waiting =
            System.Threading.Channels.Channel.CreateUnbounded<(Row, TaskCompletionSource)>(new() { SingleReader = true });

        public BatchWriter(string connectionString) => _ = Task.Run(() => WriteLoopAsync(connectionString));

        public Task WriteAsync(Row row)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Writer.TryWrite((row, done));
            return done.Task;
        }

        private async Task WriteLoopAsync(string connectionString)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            var burst = new List<(Row Row, TaskCompletionSource Done)>();
            while (await _waiting.Reader.WaitToReadAsync())
            {
                burst.Clear();
                while (_waiting.Reader.TryRead(out var next))
                {
                    burst.Add(next);
                }

                try
                {
                    await using var transaction = connection.BeginTransaction();
                    foreach (var (row, _) in burst)
                    {
                        await InsertAsync(connection, transaction, row);
                    }

                    await transaction.CommitAsync();
                    burst.ForEach(b => b.Done.SetResult());
                }
                catch (SqliteException failed)
                {
                    burst.ForEach(b => b.Done.SetException(failed));
                }
            }
        }
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
