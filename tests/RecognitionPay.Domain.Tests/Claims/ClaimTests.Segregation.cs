using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Tests.Claims;

public sealed partial class ClaimTests
{
    [Fact]
    public void Approving_a_claim_you_submitted_is_forbidden()
    {
        var claim = Submitted(Clerk);

        AssertRefused(claim, "ApproverSubmittedIt", () => claim.Approve(Clerk, Claimant, Now));
    }

    [Theory]
    [InlineData("JO.CLERK@COUNCIL.EXAMPLE")]
    [InlineData("Jo.Clerk@Council.Example")]
    public void Approving_a_claim_you_submitted_is_forbidden_however_your_name_is_written(string approver)
    {
        var claim = Submitted(Clerk);

        AssertRefused(claim, "ApproverSubmittedIt", () => claim.Approve(approver, Claimant, Now));
    }

    [Theory]
    [InlineData(Claimant)]
    [InlineData("SAM.CARTER@EXAMPLE.ORG")]
    [InlineData("Sam.Carter@Example.org")]
    public void Approving_your_own_claim_is_forbidden_even_when_someone_else_submitted_it(string approver)
    {
        var claim = Submitted(Clerk);

        AssertRefused(claim, "ApproverIsClaimant", () => claim.Approve(approver, Claimant, Now));
    }

    [Fact]
    public void A_claimant_who_submitted_their_own_claim_is_told_they_submitted_it()
    {
        var claim = Submitted(Claimant);

        AssertRefused(claim, "ApproverSubmittedIt", () => claim.Approve(Claimant, Claimant, Now));
    }

    [Fact]
    public void Someone_who_neither_submitted_nor_claimed_may_approve()
    {
        var claim = Submitted(Clerk);

        claim.Approve(Approver, Claimant, Now);

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Equal(Approver, claim.DecidedBy);
    }

    [Fact]
    public void Asking_whether_someone_may_approve_gives_the_reason_approving_would_refuse_with_and_changes_nothing()
    {
        var claim = Submitted(Clerk);

        Assert.Equal("ApproverSubmittedIt", claim.WhyNotApprovable(Clerk, Claimant)?.Code);
        Assert.Equal("ApproverIsClaimant", claim.WhyNotApprovable(Claimant, Claimant)?.Code);
        Assert.Null(claim.WhyNotApprovable(Approver, Claimant));
        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        claim.Approve(Approver, Claimant, Now);
        Assert.Equal("NotAwaitingDecision", claim.WhyNotApprovable(Approver, Claimant)?.Code);
    }

    [Fact]
    public void The_person_who_submitted_a_claim_may_still_reject_or_return_it()
    {
        var rejected = Submitted(Clerk);
        var returned = Submitted(Clerk);

        rejected.Reject(Clerk, "Sent by mistake.", Now);
        returned.Return(Clerk, "Needs the fare receipt.", Now);

        Assert.Equal(ClaimStatus.Rejected, rejected.Status);
        Assert.Equal(ClaimStatus.Returned, returned.Status);
    }
}
