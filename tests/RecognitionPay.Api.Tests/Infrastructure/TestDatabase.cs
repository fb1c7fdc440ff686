using Npgsql;
using RecognitionPay.Api.Hosting;

namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>
/// Which database the API tests run on: SQLite unless <c>RECOGNITIONPAY_TEST_PROVIDER=PostgreSql</c>, when each test
/// class gets a database of its own on the cluster <c>RECOGNITIONPAY_TEST_POSTGRES</c> names (.ci/postgres starts one).
/// </summary>
public static class TestDatabase
{
    public static bool OnPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable("RECOGNITIONPAY_TEST_PROVIDER"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string Provider => OnPostgreSql ? "PostgreSql" : "Sqlite";

    private static string Cluster => Environment.GetEnvironmentVariable("RECOGNITIONPAY_TEST_POSTGRES")
        ?? throw new InvalidOperationException("RECOGNITIONPAY_TEST_POSTGRES names no cluster: start one with .ci/postgres start.");

    /// <summary>A new, empty PostgreSQL database; its connection string.</summary>
    public static string CreatePostgreSql()
    {
        var name = $"rp_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(Cluster))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Cluster) { Database = name, MaxPoolSize = 30 }.ConnectionString;
    }

    public static void DropPostgreSql(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var admin = new NpgsqlConnection(Cluster);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    /// <summary>On PostgreSQL the service needs a certificate for its key ring (it makes one only on SQLite): the operator's.</summary>
    public static void CreateCertificate(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, DataProtectionSetup.NewCertificate(password: null));
    }
}

/// <summary>A test of how the embedded default keeps things in files (SQLite, the key ring in a folder): not run on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.OnPostgreSql)
        {
            Skip = "This is about the embedded default's files.";
        }
    }
}

/// <summary>A test of what only a shared database gives several nodes (Hangfire's storage): not run on SQLite.</summary>
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute()
    {
        if (!TestDatabase.OnPostgreSql)
        {
            Skip = "On the embedded default each process keeps its jobs in memory.";
        }
    }
}
