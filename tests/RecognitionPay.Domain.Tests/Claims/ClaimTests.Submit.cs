using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Claims;

public sealed partial class ClaimTests
{
    [Fact]
    public void A_submitted_claim_waits_for_a_decision_at_version_one()
    {
        var claim = Submitted(Clerk);

        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.Equal(1, claim.Version);
        Assert.Equal(PersonId, claim.PersonId);
        Assert.Equal(Clerk, claim.SubmittedBy);
        Assert.Equal(SubmittedAt, claim.SubmittedAt);
        Assert.Null(claim.DecidedBy);
        Assert.Null(claim.DecidedAt);
        Assert.Null(claim.Reason);
    }

    [Fact]
    public void A_submitted_claim_keeps_the_price_it_was_given_line_for_line()
    {
        var priced = TestClaim.Priced(AsFirstClaimed);

        var claim = Submitted();

        Assert.Equal("2025-04", claim.PolicyVersion);
        Assert.Equal(Money.FromPence(3750), claim.Involvement);
        Assert.Equal(Money.FromPence(2500), claim.Prep);
        Assert.Equal(Money.FromPence(2500), claim.Travel);
        Assert.Equal(Money.FromPence(1140), claim.ExpensesTotal);
        Assert.Equal(Money.FromPence(9890), claim.Total);
        Assert.Equal(priced.Lines.Select(ClaimLine.From), claim.Lines);
        Assert.Equal(priced.Warnings.Select(ClaimWarning.From), claim.Warnings);
    }

    [Fact]
    public void A_submitted_claim_keeps_what_the_claimant_said_happened()
    {
        var claim = Submitted();

        Assert.Equal(TestClaim.DetailsOf(AsFirstClaimed), claim.Details);
        Assert.Equal(Recognition.Payment, claim.Details.Recognition);
    }
}
