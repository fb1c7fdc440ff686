using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using RecognitionPay.Api.Security;

namespace RecognitionPay.PaymentRunBench;

/// <summary>
/// The real service, started as in production with no demo data: on a SQLite file of its own in
/// <paramref name="folder"/>, or on the PostgreSQL database <paramref name="postgres"/> names, with the key ring's
/// certificate in the folder (every process of one measurement shares it, as nodes do).
/// </summary>
public sealed class BenchService(string folder, string? postgres = null) : WebApplicationFactory<Program>
{
    private const string SigningKey = "payment-run-benchmark-signing-key-0123456789";
    private readonly string _folder = folder;

    public static string CertificatePath(string folder) => Path.Combine(folder, "data-protection.pfx");

    public HttpClient Finance => Client(Roles.Finance, "finance.bench@council.example");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        if (postgres is null)
        {
            builder.UseSetting("ConnectionStrings:RecognitionPay", $"Data Source={Path.Combine(_folder, "bench.db")}");
        }
        else
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:RecognitionPay", postgres);
        }

        builder.UseSetting("DataProtection:Certificate:Path", CertificatePath(_folder));
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Policies:Directory", Path.Combine(Repository.Root, "policies"));
        builder.UseSetting("Seeds:Directory", Path.Combine(_folder, "none"));
        builder.UseSetting("DataProtection:KeysDirectory", Path.Combine(_folder, "keys"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Deletes the folder once the measuring process is done with it; the seeding process leaves it.</summary>
    public bool DeleteOnDispose { get; init; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (DeleteOnDispose)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private HttpClient Client(string role, string email)
    {
        var client = CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
        var token = LocalTokens.Create(key, email, role, SystemClock.Instance.GetCurrentInstant(), Duration.FromHours(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RecognitionPay.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
