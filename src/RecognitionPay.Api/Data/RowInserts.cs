using System.Buffers;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace RecognitionPay.Api.Data;

/// <summary>
/// New rows of one mapped type written in bulk, outside the change tracker: for bulk commands that write tens of
/// thousands of rows (a payment run's items, the parts of claims they pay, its postings), where tracking each row
/// costs many times more than writing it. Tables, columns and value conversions all come from the EF model, so a row
/// is stored exactly as SaveChanges would store it; a key the database numbers is left to it. On SQLite a statement's
/// rows travel as one JSON parameter, written by typed code compiled once a table (<see cref="SqliteJsonRows"/>; binding
/// a parameter costs more than SQLite's reading it from JSON), its bytes passed as they are and read as text; on
/// PostgreSQL as the parameters of a multi-row INSERT. The rows join the command's transaction, which must be open;
/// a row the database refuses fails as SaveChanges would (a <see cref="DbUpdateException"/>), so a unique key or a
/// busy database answers the same way.
/// </summary>
internal static class RowInserts
{
    /// <summary>Parameters one multi-row INSERT binds: well under PostgreSQL's limit (65,535).</summary>
    private const int ParametersPerStatement = 100;

    /// <summary>Rows one SQLite statement reads from its JSON parameter.</summary>
    private const int RowsPerJsonStatement = 1000;

    public static async Task InsertAsync<T>(this AppDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted in bulk only inside the command's transaction.");
        var table = Table.Of(db, typeof(T));
        try
        {
            if (db.Database.IsSqlite())
            {
                await InsertAsJsonAsync(table, transaction, rows, cancellationToken);
            }
            else
            {
                await InsertAsParametersAsync(table, transaction, rows, cancellationToken);
            }
        }
        catch (DbException refused)
        {
            throw new DbUpdateException($"The database refused new {typeof(T).Name} rows.", refused);
        }
    }

    private static async Task InsertAsJsonAsync<T>(Table table, DbTransaction transaction, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var command = table.JsonCommand(transaction);
        var json = new ArrayBufferWriter<byte>();
        foreach (var chunk in rows.Chunk(RowsPerJsonStatement))
        {
            json.ResetWrittenCount();
            table.WriteJson(json, chunk);
            command.Parameters[0].Value = json.WrittenSpan.ToArray();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertAsParametersAsync<T>(Table table, DbTransaction transaction, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, ParametersPerStatement / table.Columns.Length)))
            {
                if (command is null || command.Parameters.Count != chunk.Length * table.Columns.Length)
                {
                    command?.Dispose();
                    command = table.ValuesCommand(transaction, chunk.Length);
                }

                table.Bind(command, chunk);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            command?.Dispose();
        }
    }

    /// <summary>A mapped table's name and the columns a new row sets, with each one's mapping to the database.</summary>
    /// <param name="Numbered">The database numbers each new row (an integer key it gives).</param>
    /// <param name="JsonRow">SQLite: writes one row as its JSON array, compiled the first time it is needed.</param>
    private sealed record Table(string Name, IProperty[] Columns, RelationalTypeMapping[] Mappings, bool Numbered, Lazy<Action<Utf8JsonWriter, object>> JsonRow, ISqlGenerationHelper Sql)
    {
        /// <summary>Worked out once an entity type (its model lives as long as the service), not for every insert.</summary>
        private static readonly ConditionalWeakTable<IEntityType, Table> Known = new();

        public static Table Of(AppDbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            return Known.GetValue(entity, _ => For(entity, db.GetService<ISqlGenerationHelper>()));
        }

        private static Table For(IEntityType entity, ISqlGenerationHelper sql)
        {
            if (entity.GetComplexProperties().Any() || entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || entity.GetProperties().Any(p => p.IsShadowProperty()))
            {
                throw new InvalidOperationException($"{entity.ClrType.Name} has owned, complex or shadow parts, which rows inserted in bulk cannot write.");
            }

            var columns = entity.GetProperties().Where(p => !NumberedByDatabase(p)).ToArray();
            return new(
                sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()),
                columns,
                [.. columns.Select(c => (RelationalTypeMapping)c.GetTypeMapping())],
                entity.GetProperties().Any(NumberedByDatabase),
                new(() => SqliteJsonRows.Compile(columns)),
                sql);
        }

        /// <summary>An integer key the database gives each new row.</summary>
        private static bool NumberedByDatabase(IProperty property) =>
            property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && property.ClrType == typeof(long);

        private StringBuilder InsertInto() =>
            new StringBuilder("INSERT INTO ").Append(Name).Append(" (").AppendJoin(", ", Columns.Select(c => Sql.DelimitIdentifier(c.GetColumnName()))).Append(") ");

        /// <summary>
        /// SQLite: every row of a JSON array of rows (each an array of column values). Where the database numbers the
        /// rows they are inserted in the array's order, so the numbers follow it; other rows need no order, and
        /// sorting them would only cost time (about a fifth of what SQLite spends reading rows from JSON).
        /// </summary>
        public DbCommand JsonCommand(DbTransaction transaction)
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = InsertInto()
                .Append("SELECT ").AppendJoin(", ", Columns.Select((_, column) => $"value ->> {column}"))
                .Append(" FROM json_each(CAST(@rows AS TEXT))")
                .Append(Numbered ? " ORDER BY key;" : ";").ToString();
            var rows = command.CreateParameter();
            rows.ParameterName = "@rows";
            command.Parameters.Add(rows);
            return command;
        }

        public void WriteJson<T>(IBufferWriter<byte> buffer, T[] rows)
        {
            var write = JsonRow.Value;
            using var json = new Utf8JsonWriter(buffer);
            json.WriteStartArray();
            foreach (var row in rows)
            {
                write(json, row!);
            }

            json.WriteEndArray();
        }

        /// <summary>PostgreSQL: a multi-row INSERT of <paramref name="rows"/> rows of parameters.</summary>
        public DbCommand ValuesCommand(DbTransaction transaction, int rows)
        {
            var text = InsertInto().Append("VALUES ");
            for (var row = 0; row < rows; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < Columns.Length; column++)
                {
                    text.Append(column == 0 ? "" : ", ").Append(Sql.GenerateParameterNamePlaceholder(Parameter(row, column)));
                }

                text.Append(')');
            }

            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = text.Append(';').ToString();
            return command;
        }

        public void Bind<T>(DbCommand command, T[] rows)
        {
            command.Parameters.Clear();
            for (var row = 0; row < rows.Length; row++)
            {
                for (var column = 0; column < Columns.Length; column++)
                {
                    var value = Columns[column].GetGetter().GetClrValue(rows[row]!);
                    command.Parameters.Add(Mappings[column].CreateParameter(command, Parameter(row, column), value, Columns[column].IsNullable));
                }
            }
        }

        private static string Parameter(int row, int column) => $"r{row}c{column}";
    }
}
