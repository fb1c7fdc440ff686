using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Npgsql;

namespace RecognitionPay.LoadTest;

/// <summary>A database of the run's own on a PostgreSQL cluster, dropped when the run ends.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _cluster;

    private PostgresDatabase(string cluster, string connectionString)
    {
        _cluster = cluster;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(string cluster, CancellationToken cancellationToken)
    {
        var name = $"recognitionpay_load_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(cluster))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new PostgresDatabase(cluster, new NpgsqlConnectionStringBuilder(cluster) { Database = name, MaxPoolSize = 100 }.ConnectionString);
    }

    /// <summary>On PostgreSQL the service needs an operator's certificate for its key ring: one for this run, in its folder.</summary>
    public static string Certificate(string work)
    {
        var path = Path.Combine(work, "postgresql-secrets", "data-protection.pfx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=RecognitionPay load test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_cluster);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
