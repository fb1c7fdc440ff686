using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Tests.Claims;

public sealed partial class ClaimTests
{
    [Fact]
    public void Paying_an_approved_claim_makes_it_paid_and_raises_its_version_by_one()
    {
        var claim = ClaimThatIs(ClaimStatus.Approved);
        var version = claim.Version;

        claim.MarkPaid();

        Assert.Equal(ClaimStatus.Paid, claim.Status);
        Assert.Equal(version + 1, claim.Version);
    }

    [Theory]
    [InlineData(ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.Rejected)]
    [InlineData(ClaimStatus.Returned)]
    [InlineData(ClaimStatus.Withdrawn)]
    [InlineData(ClaimStatus.Paid)]
    public void Only_an_approved_claim_can_be_paid(ClaimStatus from)
    {
        var claim = ClaimThatIs(from);

        AssertRefused(claim, "NotApproved", claim.MarkPaid);
    }

    [Fact]
    public void A_returned_payment_makes_the_claim_approved_again_and_raises_its_version_by_one()
    {
        var claim = ClaimThatIs(ClaimStatus.Paid);
        var version = claim.Version;

        claim.PaymentReturned();

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Equal(version + 1, claim.Version);
    }

    [Fact]
    public void A_returned_part_payment_of_a_claim_still_being_paid_keeps_it_approved_and_raises_its_version_by_one()
    {
        var claim = ClaimThatIs(ClaimStatus.Approved);
        var version = claim.Version;

        claim.PaymentReturned();

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Equal(version + 1, claim.Version);
    }

    [Theory]
    [InlineData(ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.Rejected)]
    [InlineData(ClaimStatus.Returned)]
    [InlineData(ClaimStatus.Withdrawn)]
    public void Only_a_claim_paid_in_whole_or_in_part_can_have_a_payment_come_back(ClaimStatus from)
    {
        var claim = ClaimThatIs(from);

        AssertRefused(claim, "NotPaid", claim.PaymentReturned);
    }

    [Fact]
    public void A_claim_whose_payment_came_back_can_be_paid_again()
    {
        var claim = ClaimThatIs(ClaimStatus.Paid);
        claim.PaymentReturned();

        claim.MarkPaid();

        Assert.Equal(ClaimStatus.Paid, claim.Status);
    }

    [Fact]
    public void Paying_and_a_returned_payment_change_neither_the_price_nor_the_decision()
    {
        var claim = ClaimThatIs(ClaimStatus.Approved);
        var before = ClaimState.Of(claim);

        claim.MarkPaid();
        claim.PaymentReturned();

        Assert.Equal(before with { Version = before.Version + 2 }, ClaimState.Of(claim));
    }

    [Fact]
    public void A_paid_claim_can_be_neither_decided_again_nor_withdrawn()
    {
        var claim = ClaimThatIs(ClaimStatus.Paid);

        AssertRefused(claim, "NotAwaitingDecision", () => Do(claim, Act.Approve));
        AssertRefused(claim, "NotAwaitingDecision", () => Do(claim, Act.Reject));
        AssertRefused(claim, "NotAwaitingDecision", () => Do(claim, Act.Return));
        AssertRefused(claim, "CannotWithdraw", () => Do(claim, Act.Withdraw));
        AssertRefused(claim, "NotReturned", () => Do(claim, Act.Resubmit));
    }

    [Fact]
    public void A_refused_payment_says_what_the_claim_is()
    {
        var claim = ClaimThatIs(ClaimStatus.Rejected);

        var refusal = Assert.Throws<ClaimRefusal>(claim.MarkPaid);

        Assert.Contains("Rejected", refusal.Message, StringComparison.Ordinal);
    }
}
