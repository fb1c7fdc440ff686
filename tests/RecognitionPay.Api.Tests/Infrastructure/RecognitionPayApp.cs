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
/// The real service over HTTP, on its own SQLite file or PostgreSQL database (<see cref="TestDatabase"/>), started
/// exactly as in production (migrations, policy import), with a FakeClock so tests decide what "today" is. A second
/// node can be started on the same database, signing key and certificate (<see cref="NodeOnSameDatabase"/>).
/// </summary>
public class RecognitionPayApp : WebApplicationFactory<Program>
{
    private readonly RecognitionPayApp? _first;

    private string? _postgreSql;

    public RecognitionPayApp()
    {
    }

    protected RecognitionPayApp(RecognitionPayApp first) => _first = first;

    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256";

    /// <summary>Tuesday 24 November 2026, midday in London.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "recognitionpay-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The database this node uses: its own, or the first node's.</summary>
    public string ConnectionString => _first?.ConnectionString
        ?? (TestDatabase.OnPostgreSql ? _postgreSql ??= TestDatabase.CreatePostgreSql() : $"Data Source={DatabaseFile}");

    public FakeClock Clock { get; } = new(Now);

    public string DatabaseFile => _first?.DatabaseFile ?? Path.Combine(_folder, "recognitionpay.db");

    public string KeysDirectory => _first?.KeysDirectory ?? Path.Combine(_folder, "keys");

    /// <summary>The certificate that encrypts the key ring: made by the service on first start on SQLite, apart from the keys.</summary>
    public string CertificatePath => _first?.CertificatePath ?? Path.Combine(_folder, "secrets", "data-protection.pfx");

    /// <summary>The folder this instance keeps its database, keys and secrets in.</summary>
    public string Folder => _folder;

    /// <summary>Writes a caller may send a minute; none (0, no limit) unless a fixture tests the limit.</summary>
    protected virtual int WritesPerMinute => 0;

    /// <summary>The demo data to load at start; none unless a fixture asks for it (a second node: the first's).</summary>
    protected virtual string? SeedsDirectory => _first?.SeedsDirectory;

    /// <summary>Local mode with the tests' signing key, unless a fixture signs in another way.</summary>
    protected virtual void ConfigureAuthentication(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:Mode", "Local");
        builder.UseSetting("Auth:SigningKey", SigningKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:RecognitionPay", ConnectionString);
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        if (TestDatabase.OnPostgreSql)
        {
            TestDatabase.CreateCertificate(CertificatePath);
        }

        ConfigureAuthentication(builder);
        builder.UseSetting("Policies:Directory", RepositoryPaths.Policies);
        builder.UseSetting("Seeds:Directory", SeedsDirectory ?? Path.Combine(_folder, "no-seeds"));
        builder.UseSetting("DataProtection:KeysDirectory", KeysDirectory);
        builder.UseSetting("DataProtection:Certificate:Path", CertificatePath);
        // The scheduled payment run follows the real clock, not the tests' fake one: tests fire the job themselves.
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("RateLimits:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    /// <summary>A client carrying a bearer token for the role, as the `token` command would issue.</summary>
    public virtual HttpClient As(string role, string email = "someone@council.example")
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
        if (!disposing)
        {
            return;
        }

        if (_postgreSql is not null)
        {
            TestDatabase.DropPostgreSql(_postgreSql);
        }

        if (Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>A second node of the service on the first one's database, signing key and certificate, with its own clock.</summary>
public sealed class NodeOnSameDatabase(RecognitionPayApp first) : RecognitionPayApp(first);
