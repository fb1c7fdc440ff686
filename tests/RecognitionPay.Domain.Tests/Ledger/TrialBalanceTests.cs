using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>Every account's debits, credits and balance; the totals are always equal.</summary>
public sealed class TrialBalanceTests
{
    private static readonly Account Sam = Account.Payable(new PersonId(new Guid("0b7e5d1c-3f4a-4b8e-9a51-2c6d8e0f1a23")));

    private static readonly Account Kim = Account.Payable(new PersonId(new Guid("d2c4f6a8-1b3d-4e5f-8a9b-0c1d2e3f4a5b")));

    // Two approved claims, a payment run for Sam, and the run paid.
    private static readonly Posting[] Journal =
    [
        new(Account.Involvement, Sam, Money.FromPence(3750)),
        new(Account.Reimbursement("public-transport"), Sam, Money.FromPence(640)),
        new(Account.Involvement, Kim, Money.FromPence(1000)),
        new(Sam, Account.InTransit, Money.FromPence(4390)),
        new(Account.InTransit, Account.Bank, Money.FromPence(4390)),
    ];

    [Fact]
    public void Total_debits_equal_total_credits()
    {
        var balance = TrialBalance.Of(Journal);

        Assert.Equal(Money.FromPence(14170), balance.TotalDebit);
        Assert.Equal(balance.TotalDebit, balance.TotalCredit);
        Assert.Equal(0, balance.Accounts.Sum(a => a.Balance.Pence));
    }

    [Fact]
    public void An_accounts_balance_is_its_debits_less_its_credits()
    {
        var balance = TrialBalance.Of(Journal);

        Assert.Equal(Money.FromPence(4750), balance.BalanceOf(Account.Involvement));
        Assert.Equal(Money.FromPence(640), balance.BalanceOf(Account.Reimbursement("public-transport")));
        Assert.Equal(Money.Zero, balance.BalanceOf(Sam));
        Assert.Equal(Money.FromPence(-1000), balance.BalanceOf(Kim));
        Assert.Equal(Money.Zero, balance.BalanceOf(Account.InTransit));
        Assert.Equal(Money.FromPence(-4390), balance.BalanceOf(Account.Bank));
    }

    [Fact]
    public void Each_account_shows_its_debits_and_credits_separately()
    {
        var sam = TrialBalance.Of(Journal).Accounts.Single(a => a.Account == Sam);

        Assert.Equal(Money.FromPence(4390), sam.Debit);
        Assert.Equal(Money.FromPence(4390), sam.Credit);
    }

    [Fact]
    public void An_account_with_no_postings_has_a_balance_of_nothing()
    {
        var balance = TrialBalance.Of(Journal);

        Assert.Equal(Money.Zero, balance.BalanceOf(Account.Preparation));
        Assert.DoesNotContain(balance.Accounts, a => a.Account == Account.Preparation);
    }

    [Fact]
    public void Accounts_are_listed_once_each_in_order_of_name()
    {
        var names = TrialBalance.Of(Journal).Accounts.Select(a => a.Account.Name).ToList();

        Assert.Equal(names.Distinct().Order(StringComparer.Ordinal), names);
        Assert.Equal(6, names.Count);
    }

    [Fact]
    public void An_empty_ledger_balances_at_nothing()
    {
        var balance = TrialBalance.Of([]);

        Assert.Empty(balance.Accounts);
        Assert.Equal(Money.Zero, balance.TotalDebit);
        Assert.Equal(Money.Zero, balance.TotalCredit);
    }
}
