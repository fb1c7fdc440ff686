using NodaTime;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Claims;

/// <summary>
/// A claim's lifecycle (design.md, "Claims"), one concern per partial file. Every claim is a real one: priced under
/// the example policy in <see cref="TestPolicy"/> and submitted, then moved on by the same calls the slices make.
/// </summary>
public sealed partial class ClaimTests
{
    /// <summary>The co-producer the claim is for.</summary>
    private const string Claimant = "sam.carter@example.org";

    /// <summary>A member of staff who submits claims for people who ask them to.</summary>
    private const string Clerk = "jo.clerk@council.example";

    /// <summary>A member of staff who decides claims.</summary>
    private const string Approver = "alex.approver@council.example";

    /// <summary>Why a claim is rejected or returned, when the test is not about the reason.</summary>
    private const string Reason = "Please add the receipt for the fare.";

    private static readonly PersonId PersonId = new(new Guid("6f9619ff-8b86-d011-b42d-00c04fc964ff"));

    private static readonly Instant SubmittedAt = Instant.FromUtc(2025, 6, 3, 9, 30);

    private static readonly Instant EarlierDecisionAt = SubmittedAt + Duration.FromHours(2);

    private static readonly Instant Now = SubmittedAt + Duration.FromDays(1);

    // 90 minutes' meeting (3750p), 60 minutes' preparation (2500p), 60 minutes' travel (2500p), a 640p fare and
    // the 500p flat data amount: 9890p.
    private static readonly ClaimToPrice AsFirstClaimed = TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60,
        expenses: [TestClaim.Fare(640, hasReceipt: true), TestClaim.OnlineData()]);

    // Corrected after being returned: 120 minutes' meeting (5000p) and the fare (640p): 5640p.
    private static readonly ClaimToPrice AsCorrected = TestClaim.For("meeting", 120, expenses: [TestClaim.Fare(640, hasReceipt: true)]);

    /// <summary>Each thing staff or the claimant can do to a claim.</summary>
    public enum Act
    {
        Approve,
        Reject,
        Return,
        Withdraw,
        Resubmit,
    }

    private static Claim Submitted(string submittedBy = Claimant) =>
        TestClaim.Submitted(AsFirstClaimed, PersonId, submittedBy, SubmittedAt);

    /// <summary>A claim brought to <paramref name="status"/> the way the service would bring it there.</summary>
    private static Claim ClaimThatIs(ClaimStatus status)
    {
        var claim = Submitted();
        switch (status)
        {
            case ClaimStatus.Submitted:
                break;
            case ClaimStatus.Approved:
                claim.Approve(Approver, Claimant, EarlierDecisionAt);
                break;
            case ClaimStatus.Rejected:
                claim.Reject(Approver, "This meeting was cancelled.", EarlierDecisionAt);
                break;
            case ClaimStatus.Returned:
                claim.Return(Approver, "The meeting ran for two hours; please correct the time.", EarlierDecisionAt);
                break;
            case ClaimStatus.Withdrawn:
                claim.Withdraw(Claimant, EarlierDecisionAt);
                break;
            case ClaimStatus.Paid:
                claim.Approve(Approver, Claimant, EarlierDecisionAt);
                claim.MarkPaid();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "No test path to this status.");
        }

        Assert.Equal(status, claim.Status);
        return claim;
    }

    /// <summary>Does <paramref name="act"/> to the claim, by the person who would do it, at <see cref="Now"/>.</summary>
    private static void Do(Claim claim, Act act)
    {
        switch (act)
        {
            case Act.Approve:
                claim.Approve(Approver, Claimant, Now);
                break;
            case Act.Reject:
                claim.Reject(Approver, Reason, Now);
                break;
            case Act.Return:
                claim.Return(Approver, Reason, Now);
                break;
            case Act.Withdraw:
                claim.Withdraw(Claimant, Now);
                break;
            case Act.Resubmit:
                claim.Resubmit(TestClaim.DetailsOf(AsCorrected, "Corrected the time."), TestClaim.Priced(AsCorrected), Claimant, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(act), act, null);
        }
    }

    /// <summary>Asserts that <paramref name="change"/> is refused with <paramref name="code"/> and leaves the claim as it was.</summary>
    private static void AssertRefused(Claim claim, string code, Action change)
    {
        var before = ClaimState.Of(claim);

        var refusal = Assert.Throws<ClaimRefusal>(change);

        Assert.Equal(code, refusal.Code);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        Assert.Equal(before, ClaimState.Of(claim));
    }
}
