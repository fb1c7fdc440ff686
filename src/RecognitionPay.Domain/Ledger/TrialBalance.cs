namespace RecognitionPay.Domain.Ledger;

/// <summary>Every account's debits, credits and balance (debit minus credit); the totals are always equal.</summary>
public sealed record TrialBalance(IReadOnlyList<AccountBalance> Accounts)
{
    public Money TotalDebit => Accounts.Aggregate(Money.Zero, (sum, a) => sum + a.Debit);

    public Money TotalCredit => Accounts.Aggregate(Money.Zero, (sum, a) => sum + a.Credit);

    public static TrialBalance Of(IEnumerable<Posting> postings)
    {
        var debits = new Dictionary<Account, Money>();
        var credits = new Dictionary<Account, Money>();
        foreach (var posting in postings)
        {
            debits[posting.Debit] = debits.GetValueOrDefault(posting.Debit) + posting.Amount;
            credits[posting.Credit] = credits.GetValueOrDefault(posting.Credit) + posting.Amount;
        }

        return new([.. debits.Keys.Union(credits.Keys)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new AccountBalance(a, debits.GetValueOrDefault(a), credits.GetValueOrDefault(a)))]);
    }

    public Money BalanceOf(Account account) => Accounts.FirstOrDefault(a => a.Account == account)?.Balance ?? Money.Zero;
}

public sealed record AccountBalance(Account Account, Money Debit, Money Credit)
{
    public Money Balance => Debit - Credit;
}
