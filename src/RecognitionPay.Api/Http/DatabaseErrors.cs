using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RecognitionPay.Api.Http;

/// <summary>What a provider's refusal of a write means, the same on SQLite and PostgreSQL.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index or primary key refused the row: something with the same identity was stored first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
