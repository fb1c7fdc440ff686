using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Api.Shared;

/// <summary>Writes a balanced entry's postings in the same transaction as the change that causes them.</summary>
public sealed class LedgerJournal(AppDbContext db, IClock clock)
{
    public void Post(LedgerEntry entry, ClaimId? claimId = null, PersonId? personId = null, PaymentRunId? paymentRunId = null)
    {
        var entryId = Guid.CreateVersion7();
        var at = clock.GetCurrentInstant();
        foreach (var posting in entry.Postings)
        {
            db.LedgerPostings.Add(new LedgerPostingRow
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
            });
        }
    }
}
