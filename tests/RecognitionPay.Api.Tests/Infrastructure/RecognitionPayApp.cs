using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using NodaTime.Testing;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>
/// The real service over HTTP, on its own SQLite file, started exactly as in production (migrations, policy import),
/// with a FakeClock so tests decide what "today" is.
/// </summary>
public class RecognitionPayApp : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256";

    /// <summary>Tuesday 24 November 2026, midday in London.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "recognitionpay-tests", Guid.NewGuid().ToString("N"));

    public FakeClock Clock { get; } = new(Now);

    public string DatabaseFile => Path.Combine(_folder, "recognitionpay.db");

    public string KeysDirectory => Path.Combine(_folder, "keys");

    /// <summary>The certificate that encrypts the key ring: made by the service on first start, apart from the keys.</summary>
    public string CertificatePath => Path.Combine(_folder, "secrets", "data-protection.pfx");

    /// <summary>The folder this instance keeps its database, keys and secrets in.</summary>
    public string Folder => _folder;

    /// <summary>Writes a caller may send a minute; none (0, no limit) unless a fixture tests the limit.</summary>
    protected virtual int WritesPerMinute => 0;

    /// <summary>The demo data to load at start; none unless a fixture asks for it.</summary>
    protected virtual string? SeedsDirectory => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:RecognitionPay", $"Data Source={DatabaseFile}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Auth:Mode", "Local");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Policies:Directory", RepositoryPaths.Policies);
        builder.UseSetting("Seeds:Directory", SeedsDirectory ?? Path.Combine(_folder, "no-seeds"));
        builder.UseSetting("DataProtection:KeysDirectory", KeysDirectory);
        builder.UseSetting("DataProtection:Certificate:Path", CertificatePath);
        builder.UseSetting("RateLimits:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    /// <summary>A client carrying a bearer token for the role, as the `token` command would issue.</summary>
    public HttpClient As(string role, string email = "someone@council.example")
    {
        var client = CreateClient();
        var key = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(SigningKey));
        var token = LocalTokens.Create(key, email, role, SystemClock.Instance.GetCurrentInstant(), Duration.FromHours(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => CreateClient();

    /// <summary>Reads the database directly, to prove what a request did or did not store.</summary>
    public async Task<T> InDatabase<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
