using Microsoft.EntityFrameworkCore;

namespace RecognitionPay.Api.Data;

/// <summary>
/// Makes payment runs one at a time across every node, enforced by the database: on PostgreSQL a transaction-scoped
/// advisory lock, taken before a run reads what is owed and held until it commits what it pays, so a run asked for
/// meanwhile (on any node) waits, then reads what is left and pays only that. On SQLite the single writer and WAL
/// snapshots do the same: a run whose snapshot another run overtook cannot commit (a 409), and nothing is paid twice.
/// </summary>
public static class PaymentRunLock
{
    /// <summary>An arbitrary, fixed key that names "making a payment run" among this database's advisory locks.</summary>
    private const long Key = 0x5265_636F_5061_7952;

    /// <summary>Inside the command's transaction: returns once no other run is being made.</summary>
    public static async Task HoldAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
