using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace RecognitionPay.PaymentRunBench;

/// <summary>
/// The yardstick for a run and for marking it paid on SQLite: the same rows the service wrote, written by bare SQL in
/// one transaction. Snapshots of the database before and after the service's step (VACUUM INTO, consistent while
/// the service runs) give the rows the step added or changed, table by table; they are staged in memory first, then
/// the timed part writes them into a copy of the "before" file (a new row inserted, a changed one updated in place),
/// with the service's journal settings (WAL, synchronous FULL), every index and, as the service's connections have them,
/// the schema's foreign keys checked (at the commit, so tables can be written in any order), and commits once. Without
/// foreign keys it is the storage alone, printed beside it.
/// </summary>
internal static class BareReplay
{
    public static async Task SnapshotAsync(string database, string snapshot)
    {
        File.Delete(snapshot);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"VACUUM INTO '{snapshot.Replace("'", "''", StringComparison.Ordinal)}';");
    }

    /// <summary>Seconds to write, into a copy of <paramref name="before"/>, every row <paramref name="after"/> adds or changes, in one transaction.</summary>
    public static async Task<double> SecondsAsync(string before, string after, string work, bool foreignKeys)
    {
        var target = Path.Combine(work, $"bare-{Guid.NewGuid():N}.db");
        File.Copy(before, target);
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys={(foreignKeys ? "ON" : "OFF")}; PRAGMA temp_store=MEMORY;");
            await ExecuteAsync(connection, $"ATTACH DATABASE '{after.Replace("'", "''", StringComparison.Ordinal)}' AS changed;");
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory';";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var staged = new List<string>();
            foreach (var table in tables)
            {
                var stage = $"stage_{staged.Count}";
                await ExecuteAsync(connection, $"CREATE TEMP TABLE {stage} AS SELECT * FROM changed.\"{table}\" EXCEPT SELECT * FROM main.\"{table}\";");
                var columns = await ColumnsAsync(connection, table);
                staged.Add($"INSERT INTO main.\"{table}\" SELECT * FROM temp.{stage} WHERE true ON CONFLICT DO UPDATE SET {string.Join(", ", columns.Select(c => $"\"{c}\" = excluded.\"{c}\""))};");
            }

            await ExecuteAsync(connection, "DETACH DATABASE changed;");
            var watch = Stopwatch.StartNew();
            await using (var transaction = connection.BeginTransaction())
            {
                await using (var deferred = connection.CreateCommand())
                {
                    deferred.Transaction = transaction;
                    deferred.CommandText = "PRAGMA defer_foreign_keys=ON;";
                    await deferred.ExecuteNonQueryAsync();
                }

                foreach (var insert in staged)
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = insert;
                    await command.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
            }

            return watch.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { target, target + "-wal", target + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string table)
    {
        var columns = new List<string>();
        await using var list = connection.CreateCommand();
        list.CommandText = $"SELECT name FROM pragma_table_info('{table}', 'main');";
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
