namespace RecognitionPay.Domain.Ledger;

/// <summary>
/// One movement of money from one account to another: the same amount debited to one and credited to the other.
/// An entry made of postings balances by construction; there is no way to write a one-sided line.
/// </summary>
public sealed record Posting
{
    public Posting(Account debit, Account credit, Money amount)
    {
        if (amount.Pence <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A posting moves a positive amount.");
        }

        if (debit == credit)
        {
            throw new ArgumentException("A posting moves money between two different accounts.", nameof(credit));
        }

        Debit = debit;
        Credit = credit;
        Amount = amount;
    }

    public Account Debit { get; }

    public Account Credit { get; }

    public Money Amount { get; }
}
