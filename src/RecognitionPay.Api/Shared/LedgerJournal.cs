using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Api.Shared;

/// <summary>Writes a balanced entry's postings in the same transaction as the change that causes them.</summary>
public sealed class LedgerJournal(AppDbContext db, IClock clock)
{
    public void Post(LedgerEntry entry, ClaimId? claimId = null, PersonId? personId = null, PaymentRunId? paymentRunId = null) =>
        db.LedgerPostings.AddRange(Rows(entry, claimId, personId, paymentRunId));

    /// <summary>For a bulk command: the postings of many entries, written in bulk (<see cref="RowInserts"/>) in its transaction.</summary>
    public Task PostAllAsync(IEnumerable<LedgerPostingRow> rows, CancellationToken cancellationToken) => db.InsertAsync(rows, cancellationToken);

    /// <summary>The stored postings of <paramref name="entry"/>, all under one entry id and the time now.</summary>
    public IReadOnlyList<LedgerPostingRow> Rows(LedgerEntry entry, ClaimId? claimId = null, PersonId? personId = null, PaymentRunId? paymentRunId = null)
    {
        var entryId = Guid.CreateVersion7();
        var at = clock.GetCurrentInstant();
        return [.. entry.Postings.Select(posting => new LedgerPostingRow
        {
            EntryId = entryId,
            Kind = entry.Kind,
            At = at,
            ClaimId = claimId,
            PersonId = personId,
            PaymentRunId = paymentRunId,
            DebitAccount = posting.Debit.Name,
            CreditAccount = posting.Credit.Name,
            AmountPence = posting.Amount.Pence,
        })];
    }
}
