using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Ledger;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>
/// Claims approved, gathered into payment runs, failed, returned and paid again, each step posted as the slices post
/// it (ApproveClaim, CreatePaymentRun, MarkItemFailed, MarkRunPaid). After every step the trial balance balances and
/// every account says what design.md ("The ledger") says it holds; in the end the bank has paid out exactly what was
/// approved, no more and no less.
/// </summary>
public sealed partial class PaymentRunLedgerTests
{
    private static readonly (PersonId Id, string Email, PaymentMethod Method) Sam =
        (new PersonId(new Guid("11111111-1111-4111-8111-111111111111")), "sam.carter@example.org", PaymentMethod.BankTransfer);

    private static readonly (PersonId Id, string Email, PaymentMethod Method) Kim =
        (new PersonId(new Guid("22222222-2222-4222-8222-222222222222")), "kim.lee@example.org", PaymentMethod.Voucher);

    private static readonly (PersonId Id, string Email, PaymentMethod Method) Ola =
        (new PersonId(new Guid("33333333-3333-4333-8333-333333333333")), "ola.ade@example.org", PaymentMethod.BankTransfer);

    /// <summary>
    /// Sam: a meeting with preparation, travel, a fare and data (9890p) and a workshop with expenses (16558p).
    /// Kim: a survey (1000p) and a two-hour meeting (5000p). Ola: a 90-minute meeting (3750p) and a social that comes
    /// to nothing. 36198p in all.
    /// </summary>
    private static readonly Money ApprovedTotal = Money.FromPence(36198);

    private static Books ClaimsApproved()
    {
        var books = new Books();
        books.Approve(Sam, TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60,
            expenses: [TestClaim.Fare(640, hasReceipt: true), TestClaim.OnlineData()]));
        books.Approve(Sam, TestClaim.For("workshop", 300, expenses: [TestClaim.Fare(640), TestClaim.CarMiles(124), TestClaim.Fare(360)]));
        books.Approve(Kim, TestClaim.For("survey", 0));
        books.Approve(Kim, TestClaim.For("meeting", 120));
        books.Approve(Ola, TestClaim.For("meeting", 90));
        books.Approve(Ola, TestClaim.For("social", 60));
        Assert.Equal(ApprovedTotal, books.Approved);
        return books;
    }

    [Fact]
    public void An_item_failed_before_payment_is_paid_by_the_next_run_and_the_bank_pays_exactly_what_was_approved()
    {
        var books = ClaimsApproved();

        var first = books.CreateRun();
        Assert.Equal(3, first.Items.Count);
        Assert.All([Sam, Kim, Ola], p => Assert.Equal(Money.Zero, books.Owed(p.Id)));
        Assert.Equal(-ApprovedTotal, books.Balance.BalanceOf(Account.InTransit));

        var kims = books.FailItem(first, Kim.Id);
        Assert.Equal(Money.FromPence(6000), books.Owed(Kim.Id));

        books.MarkPaid(first);
        Assert.Equal(Money.FromPence(6000), books.Owed(Kim.Id));
        Assert.Equal(Money.Zero, books.Balance.BalanceOf(Account.InTransit));
        Assert.Equal(Money.FromPence(-30198), books.Balance.BalanceOf(Account.Bank));
        Assert.All(books.ClaimsOf(Kim.Id), c => Assert.Equal(ClaimStatus.Approved, c.Status));

        var second = books.CreateRun();
        var item = Assert.Single(second.Items);
        Assert.Equal((Kim.Id, PaymentMethod.Voucher, Money.FromPence(6000)), (item.PersonId, item.Method, item.Amount));
        Assert.Equal(kims.Claims.Select(c => c.ClaimId), item.Claims.Select(c => c.ClaimId));

        books.MarkPaid(second);
        AssertEverythingApprovedIsPaid(books);
    }

    [Fact]
    public void An_item_returned_by_the_bank_is_owed_again_and_paid_by_the_next_run_with_what_was_approved_since()
    {
        var books = ClaimsApproved();
        var first = books.CreateRun();
        books.MarkPaid(first);
        Assert.Equal(-ApprovedTotal, books.Balance.BalanceOf(Account.Bank));

        books.FailItem(first, Sam.Id);
        Assert.Equal(Money.FromPence(26448), books.Owed(Sam.Id));
        Assert.Equal(Money.FromPence(-9750), books.Balance.BalanceOf(Account.Bank));
        Assert.All(books.ClaimsOf(Sam.Id), c => Assert.Equal(ClaimStatus.Approved, c.Status));

        books.Approve(Ola, TestClaim.For("survey", 0));
        var second = books.CreateRun();
        Assert.Equal(
            [(Sam.Id, 26448L), (Ola.Id, 1000L)],
            second.Items.Select(i => (i.PersonId, i.Amount.Pence)));

        books.MarkPaid(second);
        AssertEverythingApprovedIsPaid(books);
        Assert.Equal(ApprovedTotal + Money.FromPence(1000), -books.Balance.BalanceOf(Account.Bank));
    }

    [Fact]
    public void A_run_made_when_everything_is_in_a_run_already_is_empty_and_posts_nothing()
    {
        var books = ClaimsApproved();
        books.CreateRun();
        var postings = books.PostingCount;

        var again = books.CreateRun();

        Assert.Equal(PaymentRunStatus.Empty, again.Status);
        Assert.Equal(postings, books.PostingCount);
    }

    private static void AssertEverythingApprovedIsPaid(Books books)
    {
        Assert.All([Sam, Kim, Ola], p => Assert.Equal(Money.Zero, books.Owed(p.Id)));
        Assert.Equal(Money.Zero, books.Balance.BalanceOf(Account.InTransit));
        Assert.Equal(-books.Approved, books.Balance.BalanceOf(Account.Bank));
        Assert.All(books.Claims.Where(c => c.Total.Pence > 0), c => Assert.Equal(ClaimStatus.Paid, c.Status));
    }
}
