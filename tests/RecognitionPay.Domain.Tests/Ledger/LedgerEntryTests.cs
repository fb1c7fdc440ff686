using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>A journal entry is never edited: once made, its postings are the ones it was made with.</summary>
public sealed class LedgerEntryTests
{
    private static readonly Account Payable = Account.Payable(new Guid("0b7e5d1c-3f4a-4b8e-9a51-2c6d8e0f1a23"));

    [Fact]
    public void An_entry_makes_at_least_one_posting()
    {
        Assert.Throws<ArgumentException>(() => new LedgerEntry(Postings.ClaimApprovedKind, []));
    }

    [Fact]
    public void An_entrys_total_is_the_sum_of_its_postings()
    {
        var entry = new LedgerEntry(Postings.ClaimApprovedKind,
            [new(Account.Involvement, Payable, Money.FromPence(3750)), new(Account.Reimbursement("meal"), Payable, Money.FromPence(1000))]);

        Assert.Equal(Money.FromPence(4750), entry.Total);
    }
}
