using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>A journal entry is never edited: once made, its postings are the ones it was made with.</summary>
public sealed class LedgerEntryTests
{
    private static readonly Account Payable = Account.Payable(new PersonId(new Guid("0b7e5d1c-3f4a-4b8e-9a51-2c6d8e0f1a23")));

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

    [Fact]
    public void An_entry_is_not_changed_by_changing_the_list_it_was_made_from()
    {
        var postings = new List<Posting> { new(Account.Involvement, Payable, Money.FromPence(3750)) };
        var entry = new LedgerEntry(Postings.ClaimApprovedKind, postings);

        postings.Clear();
        postings.Add(new(Account.Bank, Payable, Money.FromPence(1)));

        var posting = Assert.Single(entry.Postings);
        Assert.Equal(Account.Involvement, posting.Debit);
        Assert.Equal(Money.FromPence(3750), entry.Total);
    }

    [Fact]
    public void An_entrys_postings_cannot_be_changed_through_the_entry()
    {
        var entry = new LedgerEntry(Postings.ClaimApprovedKind, new List<Posting> { new(Account.Involvement, Payable, Money.FromPence(3750)) });

        Assert.False(entry.Postings is ICollection<Posting> { IsReadOnly: false });
    }
}
