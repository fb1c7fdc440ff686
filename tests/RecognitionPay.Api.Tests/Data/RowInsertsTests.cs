using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Api.Tests.Data;

/// <summary>Rows written in bulk, outside the change tracker, are stored exactly as SaveChanges would store them.</summary>
public sealed class RowInsertsTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task Rows_inserted_in_bulk_read_back_equal_across_several_statements()
    {
        var person = new PersonId(await app.RegisterPerson("bulk.rows@example.org"));
        var entry = Guid.CreateVersion7();
        var rows = Enumerable.Range(1, 25).Select(n => new LedgerPostingRow
        {
            EntryId = entry,
            Kind = $"BulkTest{n}",
            At = RecognitionPayApp.Now + Duration.FromMilliseconds(n),
            PersonId = n % 2 == 0 ? person : null,
            DebitAccount = $"debit:{n}",
            CreditAccount = "credit:bulk",
            AmountPence = n * 101,
        }).ToList();

        await app.InDatabase(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAsync(rows, CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        });
        var stored = await app.InDatabase(db => db.LedgerPostings.AsNoTracking().Where(p => p.EntryId == entry).OrderBy(p => p.AmountPence).ToListAsync());

        Assert.Equal(Describe(rows), Describe(stored));
        Assert.Equal(25, stored.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task Rows_inserted_in_bulk_are_stored_as_a_save_stores_them()
    {
        var person = new PersonId(await app.RegisterPerson("bulk.twins@example.org"));
        var entry = Guid.NewGuid();
        var at = RecognitionPayApp.Now + Duration.FromTicks(12_345_678);
        LedgerPostingRow Twin(string kind) => new()
        {
            EntryId = entry,
            Kind = kind,
            At = at,
            PersonId = person,
            DebitAccount = "debit:twin 'quoted' \"and\" ünïcode",
            CreditAccount = "credit:twin",
            AmountPence = 4321,
        };

        await app.InDatabase(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.LedgerPostings.Add(Twin("TwinSaved"));
            await db.SaveChangesAsync();
            await db.InsertAsync([Twin("TwinBulk")], CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        });

        var saved = await Stored<LedgerPostingRow>("\"Kind\" = 'TwinSaved'", "Id", "Kind");
        var bulk = await Stored<LedgerPostingRow>("\"Kind\" = 'TwinBulk'", "Id", "Kind");
        Assert.Equal(saved, bulk);
        Assert.Equal(2, await app.InDatabase(db => db.LedgerPostings.CountAsync(p => p.EntryId == entry && p.PersonId == person && p.At == at)));
    }

    [Fact]
    public async Task Days_and_pence_inserted_in_bulk_are_stored_as_a_save_stores_them()
    {
        var saver = new PersonId(await app.RegisterPerson("bulk.day.saved@example.org"));
        var bulker = new PersonId(await app.RegisterPerson("bulk.day.bulk@example.org"));
        var date = new LocalDate(2026, 11, 27);

        await app.InDatabase(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(Earnings.For(saver));
            db.Add(new EarningsDay(saver, date, Money.FromPence(2750)));
            await db.SaveChangesAsync();
            await db.InsertAsync([Earnings.For(bulker)], CancellationToken.None);
            await db.InsertAsync([new EarningsDay(bulker, date, Money.FromPence(2750))], CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        });

        Assert.Equal(
            await Stored<EarningsDay>($"\"PersonId\" = '{Stored(saver)}'", "PersonId"),
            await Stored<EarningsDay>($"\"PersonId\" = '{Stored(bulker)}'", "PersonId"));
        Assert.Equal(1, await app.InDatabase(db => db.Set<EarningsDay>().CountAsync(d => d.PersonId == bulker && d.Date == date && d.Pay == Money.FromPence(2750))));
        Assert.Equal(1, await app.InDatabase(db => db.Earnings.CountAsync(e => e.PersonId == bulker && e.Version == 0)));
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_as_a_save_would_and_leaves_nothing()
    {
        var person = new PersonId(await app.RegisterPerson("bulk.refused@example.org"));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => app.InDatabase(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAsync([Earnings.For(person), Earnings.For(person)], CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        }));

        Assert.True(DatabaseErrors.IsUniqueViolation(refused));
        Assert.False(await app.InDatabase(db => db.Earnings.AnyAsync(e => e.PersonId == person)));
    }

    [Fact]
    public async Task Rows_are_inserted_in_bulk_only_inside_a_transaction() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.InDatabase(async db =>
        {
            await db.InsertAsync([Earnings.For(PersonId.New())], CancellationToken.None);
            return 0;
        }));

    /// <summary>A person id as the database holds it as text (SQLite stores a Guid in capitals, PostgreSQL compares a uuid's text either way).</summary>
    private static string Stored(PersonId person) => person.Value.ToString().ToUpperInvariant();

    /// <summary>Each column of the rows matching <paramref name="where"/> as stored, with its storage type, but for <paramref name="skipped"/>.</summary>
    private Task<List<string>> Stored<T>(string where, params string[] skipped) => app.InDatabase(async db =>
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var sqlite = db.Database.IsSqlite();
        var columns = entity.GetProperties().Select(p => p.GetColumnName()).Where(c => !skipped.Contains(c))
            .Select(c => sqlite ? $"typeof(\"{c}\") || ':' || quote(\"{c}\")" : $"pg_typeof(\"{c}\")::text || ':' || coalesce(\"{c}\"::text, 'NULL')");
        var sql = $"SELECT {string.Join(" || ' | ' || ", columns)} AS \"Value\" FROM \"{entity.GetTableName()}\" WHERE {where}";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    });

    private static List<string> Describe(IEnumerable<LedgerPostingRow> rows) =>
        [.. rows.Select(p => $"{p.EntryId} {p.Kind} {p.At} {p.ClaimId} {p.PersonId} {p.PaymentRunId} {p.DebitAccount} {p.CreditAccount} {p.AmountPence}")];
}
