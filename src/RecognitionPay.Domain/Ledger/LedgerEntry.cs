namespace RecognitionPay.Domain.Ledger;

/// <summary>A journal entry: what happened (its kind) and the balanced postings it makes. Never edited; corrected by new entries.</summary>
public sealed record LedgerEntry
{
    public LedgerEntry(string kind, IReadOnlyList<Posting> postings)
    {
        if (postings.Count == 0)
        {
            throw new ArgumentException("An entry makes at least one posting.", nameof(postings));
        }

        Kind = kind;
        Postings = postings;
    }

    public string Kind { get; }

    public IReadOnlyList<Posting> Postings { get; }

    public Money Total => Postings.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
}
