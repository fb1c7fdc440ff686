using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data;

/// <summary>
/// Statements written by hand where EF Core's translation costs more than the work (a run's set-based steps, the
/// payees of ten thousand people at once): run on the context's connection and transaction, parameters bound and
/// values read as the model stores them (its value conversions and type mappings), so they agree with what EF Core
/// writes and reads. A statement the database refuses fails as SaveChanges would (a <see cref="DbUpdateException"/>).
/// Both go through EF Core's raw SQL, which formats a statement with parameters as a composite format string: its text
/// holds no braces.
/// </summary>
internal static class PlainSql
{
    /// <summary>
    /// Runs <paramref name="sql"/> with <paramref name="bind"/>'s parameters and reads every row, through EF Core's raw SQL
    /// commands (as <see cref="ExecuteAsync"/>), so its interceptors see it as any other statement.
    /// </summary>
    public static async Task<List<TRow>> ReadAsync<TRow>(this AppDbContext db, string sql, Action<DbCommand> bind, Func<DbDataReader, TRow> read, CancellationToken cancellationToken)
    {
        var dependencies = (IRelationalDatabaseFacadeDependencies)((IDatabaseFacadeDependenciesAccessor)db.Database).Dependencies;
        var raw = dependencies.RawSqlCommandBuilder.Build(sql, Parameters(db, bind), db.Model);
        try
        {
            await using var reader = await raw.RelationalCommand.ExecuteReaderAsync(
                new RelationalCommandParameterObject(dependencies.RelationalConnection, raw.ParameterValues, null, db, dependencies.CommandLogger, CommandSource.FromSqlQuery),
                cancellationToken);
            var rows = new List<TRow>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader.DbDataReader));
            }

            return rows;
        }
        catch (DbException refused)
        {
            throw Refused(refused);
        }
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (a change) with <paramref name="bind"/>'s parameters through EF Core's raw SQL, so
    /// its interceptors see it as any other write: how many rows it changed.
    /// </summary>
    public static async Task<int> ExecuteAsync(this AppDbContext db, string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.ExecuteSqlRawAsync(sql, Parameters(db, bind), cancellationToken);
        }
        catch (DbException refused)
        {
            throw Refused(refused);
        }
    }

    /// <summary>The parameters <paramref name="bind"/> makes, made on a command of the context's connection and taken off it.</summary>
    private static DbParameter[] Parameters(AppDbContext db, Action<DbCommand> bind)
    {
        using var holder = db.Database.GetDbConnection().CreateCommand();
        bind(holder);
        DbParameter[] parameters = [.. holder.Parameters.Cast<DbParameter>()];
        holder.Parameters.Clear();
        return parameters;
    }

    private static DbUpdateException Refused(DbException refused) => new("The database refused a statement.", refused);

    /// <summary>Binds <paramref name="value"/> as the model stores <typeparamref name="T"/>'s <paramref name="property"/> (its conversion and type).</summary>
    public static void Bind<T>(this AppDbContext db, DbCommand command, string name, string property, object value)
    {
        var mapping = (RelationalTypeMapping)db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetTypeMapping();
        command.Parameters.Add(mapping.CreateParameter(command, name, value, nullable: false));
    }

    /// <summary>
    /// The condition that <paramref name="column"/> (a person's id) is one of the people bound as
    /// <paramref name="name"/> by <see cref="BindPeople"/>: one parameter however many they are.
    /// </summary>
    public static string IsOneOf(this AppDbContext db, string column, string name) =>
        db.Database.IsSqlite() ? $"{column} IN (SELECT value FROM json_each({name}))" : $"{column} = ANY({name})";

    /// <summary>Binds <paramref name="people"/> for <see cref="IsOneOf"/>: a JSON array on SQLite (ids stored as upper-case text), an array on PostgreSQL.</summary>
    public static void BindPeople(this AppDbContext db, DbCommand command, string name, IEnumerable<PersonId> people)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = db.Database.IsSqlite()
            ? JsonSerializer.Serialize(people.Select(p => p.Value.ToString().ToUpperInvariant()))
            : people.Select(p => p.Value).ToArray();
        command.Parameters.Add(parameter);
    }

    /// <summary>How the model reads <typeparamref name="T"/>'s <paramref name="property"/> from a row: its provider value, converted.</summary>
    public static Func<DbDataReader, int, TValue> Reader<T, TValue>(this AppDbContext db, string property)
    {
        var converter = db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetTypeMapping().Converter;
        return converter is null ? (row, ordinal) => row.GetFieldValue<TValue>(ordinal) : (row, ordinal) => (TValue)converter.ConvertFromProvider(Provided(row, ordinal, converter))!;
    }

    private static object Provided(DbDataReader row, int ordinal, ValueConverter converter) =>
        converter.ProviderClrType switch
        {
            var type when type == typeof(string) => row.GetString(ordinal),
            var type when type == typeof(Guid) => row.GetGuid(ordinal),
            var type when type == typeof(long) => row.GetInt64(ordinal),
            var type when type == typeof(int) => row.GetInt32(ordinal),
            var type when type == typeof(DateOnly) => row.GetFieldValue<DateOnly>(ordinal),
            var type => throw new InvalidOperationException($"Values stored as {type.Name} are not read by plain SQL."),
        };
}
