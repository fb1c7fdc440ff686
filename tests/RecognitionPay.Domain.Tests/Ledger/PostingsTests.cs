using NodaTime;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Ledger;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>The posting rules of design.md ("The ledger"), for claims priced under the example policy.</summary>
public sealed partial class PostingsTests
{
    private static readonly PersonId PersonId = new(new Guid("0b7e5d1c-3f4a-4b8e-9a51-2c6d8e0f1a23"));

    private static readonly Instant SubmittedAt = Instant.FromUtc(2025, 6, 3, 9, 30);

    private static readonly Account Payable = Account.Payable(PersonId);

    private static Claim Approved(ClaimToPrice toPrice)
    {
        var claim = TestClaim.Submitted(toPrice, PersonId, "sam.carter@example.org", SubmittedAt);
        claim.Approve("alex.approver@council.example", "sam.carter@example.org", SubmittedAt + Duration.FromDays(1));
        return claim;
    }

    private static Dictionary<string, long> DebitsOf(LedgerEntry entry) =>
        entry.Postings.ToDictionary(p => p.Debit.Name, p => p.Amount.Pence);

    [Fact]
    public void An_approved_claim_debits_each_kind_of_pay_and_each_expense_category_and_credits_the_person()
    {
        // 90 minutes' meeting, 60 of preparation, 60 of travel, a 640p fare and the 500p data amount.
        var claim = Approved(TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60,
            expenses: [TestClaim.Fare(640, hasReceipt: true), TestClaim.OnlineData()]));

        var entry = Postings.ClaimApproved(claim);

        Assert.NotNull(entry);
        Assert.Equal(Postings.ClaimApprovedKind, entry.Kind);
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["expense:involvement"] = 3750,
                ["expense:preparation"] = 2500,
                ["expense:travel-time"] = 2500,
                ["expense:reimbursement:public-transport"] = 640,
                ["expense:reimbursement:online-data"] = 500,
            },
            DebitsOf(entry));
        Assert.All(entry.Postings, p => Assert.Equal(Payable, p.Credit));
        Assert.Equal(claim.Total, entry.Total);
    }

    [Fact]
    public void Expenses_of_one_category_are_debited_together()
    {
        // Two fares (640p and 360p), 12.4 miles by car (558p) and 300 minutes of a workshop (a day, 15000p).
        var claim = Approved(TestClaim.For("workshop", 300,
            expenses: [TestClaim.Fare(640), TestClaim.CarMiles(124), TestClaim.Fare(360)]));

        var entry = Postings.ClaimApproved(claim);

        Assert.NotNull(entry);
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["expense:involvement"] = 15000,
                ["expense:reimbursement:public-transport"] = 1000,
                ["expense:reimbursement:mileage"] = 558,
            },
            DebitsOf(entry));
        Assert.Equal(Money.FromPence(16558), entry.Total);
        Assert.Equal(claim.Total, entry.Total);
    }

    [Fact]
    public void A_claim_without_expenses_debits_only_pay_for_time()
    {
        var claim = Approved(TestClaim.For("meeting", 90));

        var entry = Postings.ClaimApproved(claim);

        Assert.NotNull(entry);
        var posting = Assert.Single(entry.Postings);
        Assert.Equal(Account.Involvement, posting.Debit);
        Assert.Equal(Payable, posting.Credit);
        Assert.Equal(Money.FromPence(3750), posting.Amount);
        Assert.Equal(claim.Total, entry.Total);
    }

    [Theory]
    [InlineData(Recognition.Decline, true)]
    [InlineData(Recognition.Payment, false)]
    public void Pay_withheld_is_not_posted_but_expenses_still_are(Recognition recognition, bool eligible)
    {
        var claim = Approved(TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60,
            expenses: [TestClaim.Fare(640, hasReceipt: true)], recognition: recognition, eligibleForPayment: eligible));

        var entry = Postings.ClaimApproved(claim);

        Assert.NotNull(entry);
        var posting = Assert.Single(entry.Postings);
        Assert.Equal(Account.Reimbursement("public-transport"), posting.Debit);
        Assert.Equal(Payable, posting.Credit);
        Assert.Equal(Money.FromPence(640), entry.Total);
        Assert.Equal(claim.Total, entry.Total);
    }

    public static TheoryData<ClaimToPrice> ClaimsThatComeToNothing() => new()
    {
        TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60, recognition: Recognition.Decline),
        TestClaim.For("meeting", 90, eligibleForPayment: false),
        TestClaim.For("social", 120),
    };

    [Theory]
    [MemberData(nameof(ClaimsThatComeToNothing))]
    public void A_claim_that_comes_to_nothing_posts_nothing(ClaimToPrice toPrice)
    {
        var claim = Approved(toPrice);

        Assert.Equal(Money.Zero, claim.Total);
        Assert.Null(Postings.ClaimApproved(claim));
    }

    [Fact]
    public void Each_person_is_owed_on_their_own_payable_account()
    {
        var other = new PersonId(new Guid("d2c4f6a8-1b3d-4e5f-8a9b-0c1d2e3f4a5b"));
        var claim = TestClaim.Submitted(TestClaim.For("survey", 0), other, "kim@example.org", SubmittedAt);
        claim.Approve("alex.approver@council.example", "kim@example.org", SubmittedAt);

        var entry = Postings.ClaimApproved(claim);

        Assert.NotNull(entry);
        Assert.Equal($"liability:payable:{other}", Assert.Single(entry.Postings).Credit.Name);
    }
}
