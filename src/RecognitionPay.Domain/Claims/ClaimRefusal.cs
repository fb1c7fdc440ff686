namespace RecognitionPay.Domain.Claims;

/// <summary>A state change the claim refuses, with a stable code for clients and a plain message.</summary>
public sealed class ClaimRefusal : Refusal
{
    private ClaimRefusal(string code, string message)
        : base(RefusalKind.Conflict, "The claim cannot do that now.", message, code)
    {
    }

    public static ClaimRefusal NotAwaitingDecision(ClaimStatus status) =>
        new(nameof(NotAwaitingDecision), $"This claim is {status}, so it is not waiting for a decision.");

    public static ClaimRefusal ApproverSubmittedIt() =>
        new(nameof(ApproverSubmittedIt), "You submitted this claim, so someone else must approve it.");

    public static ClaimRefusal ApproverIsClaimant() =>
        new(nameof(ApproverIsClaimant), "This is your own claim, so someone else must approve it.");

    public static ClaimRefusal ReasonRequired() =>
        new(nameof(ReasonRequired), "Say why, so the claimant knows what to do next.");

    public static ClaimRefusal NotReturned(ClaimStatus status) =>
        new(nameof(NotReturned), $"This claim is {status}. Only a claim returned for correction can be sent again.");

    public static ClaimRefusal CannotWithdraw(ClaimStatus status) =>
        new(nameof(CannotWithdraw), $"This claim is {status}. A claim can be withdrawn only before it is decided.");

    public static ClaimRefusal NotApproved(ClaimStatus status) =>
        new(nameof(NotApproved), $"This claim is {status}. Only an approved claim can be paid.");

    public static ClaimRefusal NotPaid(ClaimStatus status) =>
        new(nameof(NotPaid), $"This claim is {status}, so no payment of it can come back.");
}
