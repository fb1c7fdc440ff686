using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace RecognitionPay.Api.Data;

/// <summary>
/// New rows of one mapped type written by multi-row INSERT statements, outside the change tracker: for bulk commands
/// that write tens of thousands of rows (a payment run's items, the parts of claims they pay, its postings), where
/// tracking each row costs many times more than writing it. Tables, columns and value conversions all come from the
/// EF model, so a row is stored exactly as SaveChanges would store it; a key the database numbers is left to it. The
/// rows join the command's transaction, which must be open; a row the database refuses fails as SaveChanges would
/// (a <see cref="DbUpdateException"/>), so a unique key or a busy database answers the same way.
/// </summary>
internal static class RowInserts
{
    /// <summary>Parameters one statement binds: well under SQLite's (32,766) and PostgreSQL's (65,535) limits.</summary>
    private const int ParametersPerStatement = 100;

    public static async Task InsertAsync<T>(this AppDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted in bulk only inside the command's transaction.");
        var table = Table.Of(db, typeof(T));
        var perStatement = Math.Max(1, ParametersPerStatement / table.Columns.Length);
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * table.Columns.Length)
                {
                    command?.Dispose();
                    command = table.Command(transaction, chunk.Length);
                }

                table.Bind(command, chunk);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (DbException refused)
        {
            throw new DbUpdateException($"The database refused new {typeof(T).Name} rows.", refused);
        }
        finally
        {
            command?.Dispose();
        }
    }

    /// <summary>A mapped table's name and the columns a new row sets, with each one's mapping to the database.</summary>
    private sealed record Table(string Name, IProperty[] Columns, RelationalTypeMapping[] Mappings, ISqlGenerationHelper Sql)
    {
        public static Table Of(AppDbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            if (entity.GetComplexProperties().Any() || entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || entity.GetProperties().Any(p => p.IsShadowProperty()))
            {
                throw new InvalidOperationException($"{type.Name} has owned, complex or shadow parts, which rows inserted in bulk cannot write.");
            }

            var columns = entity.GetProperties().Where(p => !NumberedByDatabase(p)).ToArray();
            var sql = db.GetService<ISqlGenerationHelper>();
            return new(sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()), columns, [.. columns.Select(c => (RelationalTypeMapping)c.GetTypeMapping())], sql);
        }

        /// <summary>An integer key the database gives each new row.</summary>
        private static bool NumberedByDatabase(IProperty property) =>
            property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && property.ClrType == typeof(long);

        public DbCommand Command(DbTransaction transaction, int rows)
        {
            var text = new StringBuilder("INSERT INTO ").Append(Name).Append(" (")
                .AppendJoin(", ", Columns.Select(c => Sql.DelimitIdentifier(c.GetColumnName())))
                .Append(") VALUES ");
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

        private string Parameter(int row, int column) => $"r{row}c{column}";
    }
}
