using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>A posting moves a positive amount between two different accounts, so an entry balances by construction.</summary>
public sealed class PostingTests
{
    private static readonly Account Payable = Account.Payable(new PersonId(new Guid("0b7e5d1c-3f4a-4b8e-9a51-2c6d8e0f1a23")));

    [Fact]
    public void A_posting_debits_one_account_and_credits_another_with_the_same_amount()
    {
        var posting = new Posting(Account.Involvement, Payable, Money.FromPence(3750));

        Assert.Equal(Account.Involvement, posting.Debit);
        Assert.Equal(Payable, posting.Credit);
        Assert.Equal(Money.FromPence(3750), posting.Amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-3750)]
    public void A_posting_of_nothing_or_less_is_refused(long pence)
    {
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => new Posting(Account.Involvement, Payable, Money.FromPence(pence)));

        Assert.Equal("amount", refusal.ParamName);
    }

    [Fact]
    public void A_posting_to_the_same_account_on_both_sides_is_refused()
    {
        var refusal = Assert.Throws<ArgumentException>(() => new Posting(Payable, Payable, Money.FromPence(100)));

        Assert.Equal("credit", refusal.ParamName);
    }

    [Fact]
    public void An_account_read_back_by_name_is_the_same_account()
    {
        Assert.Equal(Account.Involvement, Account.Named("expense:involvement"));
        Assert.Throws<ArgumentException>(() => new Posting(Account.Named("expense:involvement"), Account.Involvement, Money.FromPence(100)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_account_has_a_name(string name)
    {
        Assert.Throws<ArgumentException>(() => Account.Named(name));
    }
}
