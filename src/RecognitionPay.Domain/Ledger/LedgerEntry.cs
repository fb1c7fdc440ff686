namespace RecognitionPay.Domain.Ledger;

/// <summary>A journal entry: what happened (its kind) and the balanced postings it makes. Never edited; corrected by new entries.</summary>
public sealed record LedgerEntry
{
    public LedgerEntry(string kind, IReadOnlyList<Posting> postings)
    {
        // A copy of its own, so that changing the list it was made from cannot change the entry.
        IReadOnlyList<Posting> own = [.. postings];
        if (own.Count == 0)
        {
            throw new ArgumentException("An entry makes at least one posting.", nameof(postings));
        }

        Kind = kind;
        Postings = own;
    }

    public string Kind { get; }

    public IReadOnlyList<Posting> Postings { get; }

    public Money Total => Postings.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
}
