using NodaTime;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data;

/// <summary>
/// One stored posting: an amount debited to one account and credited to another, so no row can unbalance the ledger.
/// Rows are only ever inserted; the database refuses updates and deletes.
/// </summary>
public sealed class LedgerPostingRow
{
    public long Id { get; init; }

    public Guid EntryId { get; init; }

    public required string Kind { get; init; }

    public Instant At { get; init; }

    public ClaimId? ClaimId { get; init; }

    public PersonId? PersonId { get; init; }

    public PaymentRunId? PaymentRunId { get; init; }

    public required string DebitAccount { get; init; }

    public required string CreditAccount { get; init; }

    public long AmountPence { get; init; }
}
