using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Tests.Claims;

public sealed partial class ClaimTests
{
    [Fact]
    public void A_resubmitted_claim_is_priced_again_from_the_corrected_details()
    {
        var claim = ClaimThatIs(ClaimStatus.Returned);
        var corrected = TestClaim.Priced(AsCorrected);

        claim.Resubmit(TestClaim.DetailsOf(AsCorrected, "Corrected the time."), corrected, Claimant, Now);

        Assert.Equal(Money.FromPence(5000), claim.Involvement);
        Assert.Equal(Money.Zero, claim.Prep);
        Assert.Equal(Money.Zero, claim.Travel);
        Assert.Equal(Money.FromPence(640), claim.ExpensesTotal);
        Assert.Equal(Money.FromPence(5640), claim.Total);
        Assert.Equal(corrected.Lines.Select(ClaimLine.From), claim.Lines);
        Assert.Equal(corrected.Warnings.Select(ClaimWarning.From), claim.Warnings);
        Assert.Equal(TestClaim.DetailsOf(AsCorrected, "Corrected the time."), claim.Details);
        Assert.Equal("2025-04", claim.PolicyVersion);
    }

    [Fact]
    public void A_resubmitted_claim_waits_for_a_decision_again_with_the_old_one_cleared()
    {
        var claim = ClaimThatIs(ClaimStatus.Returned);

        claim.Resubmit(TestClaim.DetailsOf(AsCorrected), TestClaim.Priced(AsCorrected), Clerk, Now);

        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.Equal(Clerk, claim.SubmittedBy);
        Assert.Equal(Now, claim.SubmittedAt);
        Assert.Null(claim.DecidedBy);
        Assert.Null(claim.DecidedAt);
        Assert.Null(claim.Reason);
    }

    [Fact]
    public void A_resubmitted_claim_keeps_its_identity()
    {
        var claim = ClaimThatIs(ClaimStatus.Returned);
        var (id, personId) = (claim.Id, claim.PersonId);

        claim.Resubmit(TestClaim.DetailsOf(AsCorrected), TestClaim.Priced(AsCorrected), Claimant, Now);

        Assert.Equal(id, claim.Id);
        Assert.Equal(personId, claim.PersonId);
    }

    [Fact]
    public void A_resubmitted_claim_can_be_approved_by_whoever_returned_it()
    {
        var claim = ClaimThatIs(ClaimStatus.Returned);
        claim.Resubmit(TestClaim.DetailsOf(AsCorrected), TestClaim.Priced(AsCorrected), Claimant, Now);

        claim.Approve(Approver, Claimant, Now);

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Equal(4, claim.Version);
    }

    [Fact]
    public void Approving_a_claim_you_resubmitted_is_forbidden_even_if_someone_else_first_submitted_it()
    {
        var claim = ClaimThatIs(ClaimStatus.Returned);
        claim.Resubmit(TestClaim.DetailsOf(AsCorrected), TestClaim.Priced(AsCorrected), Clerk, Now);

        AssertRefused(claim, "ApproverSubmittedIt", () => claim.Approve(Clerk, Claimant, Now));
    }

    [Fact]
    public void A_claim_returned_twice_can_be_resubmitted_twice_each_raising_its_version_by_one()
    {
        var claim = ClaimThatIs(ClaimStatus.Returned);

        claim.Resubmit(TestClaim.DetailsOf(AsCorrected), TestClaim.Priced(AsCorrected), Claimant, Now);
        claim.Return(Approver, "Still no receipt.", Now);
        claim.Resubmit(TestClaim.DetailsOf(AsFirstClaimed), TestClaim.Priced(AsFirstClaimed), Claimant, Now);

        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.Equal(5, claim.Version);
        Assert.Equal(Money.FromPence(9890), claim.Total);
    }
}
