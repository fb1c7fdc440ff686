using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RecognitionPay.Api.Data;

/// <summary>
/// Lets any number of nodes start at once on one empty database: on PostgreSQL, migrations, policy import and demo
/// data run under a session advisory lock held on a connection of its own, so one node does them and the others
/// wait, then find them done and carry on. SQLite is one process by design, and EF Core's migration lock covers it.
/// </summary>
public static class StartupLock
{
    /// <summary>An arbitrary, fixed key that names "readying the database" among this database's advisory locks.</summary>
    private const long Key = 0x5265_636F_5374_6172;

    public static async Task RunAsync(AppDbContext db, Func<Task> prepare, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await prepare();
            return;
        }

        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await prepare();
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
