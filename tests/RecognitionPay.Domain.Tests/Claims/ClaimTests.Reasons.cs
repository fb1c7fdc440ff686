using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Tests.Claims;

public sealed partial class ClaimTests
{
    public static TheoryData<string?> BlankReasons() => new() { null, "", " ", "   ", "\t", "\r\n", " \t\n " };

    [Theory]
    [MemberData(nameof(BlankReasons))]
    public void Rejecting_without_a_reason_is_refused(string? reason)
    {
        var claim = ClaimThatIs(ClaimStatus.Submitted);

        AssertRefused(claim, "ReasonRequired", () => claim.Reject(Approver, reason!, Now));
    }

    [Theory]
    [MemberData(nameof(BlankReasons))]
    public void Returning_without_a_reason_is_refused(string? reason)
    {
        var claim = ClaimThatIs(ClaimStatus.Submitted);

        AssertRefused(claim, "ReasonRequired", () => claim.Return(Approver, reason!, Now));
    }

    [Theory]
    [InlineData("  No receipt.  ", "No receipt.")]
    [InlineData("\tNo receipt.\r\n", "No receipt.")]
    [InlineData("No receipt.", "No receipt.")]
    [InlineData(" Two  spaces  inside stay. ", "Two  spaces  inside stay.")]
    public void A_reason_is_kept_without_the_spaces_around_it(string given, string kept)
    {
        var rejected = ClaimThatIs(ClaimStatus.Submitted);
        var returned = ClaimThatIs(ClaimStatus.Submitted);

        rejected.Reject(Approver, given, Now);
        returned.Return(Approver, given, Now);

        Assert.Equal(kept, rejected.Reason);
        Assert.Equal(kept, returned.Reason);
    }

    [Theory]
    [InlineData(ClaimStatus.Approved)]
    [InlineData(ClaimStatus.Rejected)]
    [InlineData(ClaimStatus.Withdrawn)]
    public void A_claim_already_decided_says_so_before_asking_for_a_reason(ClaimStatus from)
    {
        var claim = ClaimThatIs(from);

        AssertRefused(claim, "NotAwaitingDecision", () => claim.Reject(Approver, " ", Now));
        AssertRefused(claim, "NotAwaitingDecision", () => claim.Return(Approver, "", Now));
    }
}
