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

    private static List<string> Describe(IEnumerable<LedgerPostingRow> rows) =>
        [.. rows.Select(p => $"{p.EntryId} {p.Kind} {p.At} {p.ClaimId} {p.PersonId} {p.PaymentRunId} {p.DebitAccount} {p.CreditAccount} {p.AmountPence}")];
}
