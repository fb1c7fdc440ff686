using NodaTime;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Claims;

/// <summary>
/// A claim for one activity, priced when it is submitted under the policy version in force on the activity's date.
/// It guards its own lifecycle: Submitted, then Approved, Rejected or Returned by staff, or Withdrawn by the claimant.
/// </summary>
public sealed class Claim
{
    private Claim()
    {
    }

    public ClaimId Id { get; private set; }

    public PersonId PersonId { get; private set; }

    public ActivityId? ActivityId { get; private set; }

    /// <summary>What the claimant says happened, as they last sent it.</summary>
    public ClaimDetails Details { get; private set; } = null!;

    public string PolicyVersion { get; private set; } = "";

    public Money Involvement { get; private set; }

    public Money Prep { get; private set; }

    public Money Travel { get; private set; }

    public Money ExpensesTotal { get; private set; }

    public Money Total { get; private set; }

    public IReadOnlyList<ClaimLine> Lines { get; private set; } = [];

    public IReadOnlyList<ClaimWarning> Warnings { get; private set; } = [];

    public ClaimStatus Status { get; private set; }

    public Actor SubmittedBy { get; private set; }

    public Instant SubmittedAt { get; private set; }

    public Actor? DecidedBy { get; private set; }

    public Instant? DecidedAt { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>For a returned claim: which answer staff asked the claimant to change, if they named one.</summary>
    public string? AnswerToChange { get; private set; }

    /// <summary>Rises with every change: the ETag clients send back with If-Match, and the concurrency check.</summary>
    public long Version { get; private set; }

    public static Claim Submit(ClaimId id, PersonId personId, ActivityId? activityId, ClaimDetails details, PricedClaim priced, Actor submittedBy, Instant at)
    {
        var claim = new Claim { Id = id, PersonId = personId, ActivityId = activityId, SubmittedBy = submittedBy, SubmittedAt = at, Version = 1 };
        claim.Take(details, priced);
        return claim;
    }

    public void Approve(Actor approver, string claimantEmail, Instant at)
    {
        if (WhyNotApprovable(approver, claimantEmail) is { } refusal)
        {
            throw refusal;
        }

        Decide(ClaimStatus.Approved, approver, null, at);
    }

    /// <summary>Why this approver may not approve the claim now, or none when they may.</summary>
    public ClaimRefusal? WhyNotApprovable(Actor approver, string claimantEmail) =>
        Status != ClaimStatus.Submitted ? ClaimRefusal.NotAwaitingDecision(Status)
        : approver == SubmittedBy ? ClaimRefusal.ApproverSubmittedIt()
        : approver.Is(claimantEmail) ? ClaimRefusal.ApproverIsClaimant()
        : null;

    public void Reject(Actor decider, string reason, Instant at)
    {
        RequireAwaitingDecision();
        Decide(ClaimStatus.Rejected, decider, RequireReason(reason), at);
    }

    /// <summary>Back to the claimant to correct and send again.</summary>
    public void Return(Actor decider, string reason, Instant at) => Return(decider, reason, at, answerToChange: null);

    /// <summary>Back to the claimant to correct and send again, naming the answer to change.</summary>
    public void Return(Actor decider, string reason, Instant at, string? answerToChange)
    {
        RequireAwaitingDecision();
        Decide(ClaimStatus.Returned, decider, RequireReason(reason), at);
        AnswerToChange = answerToChange;
    }

    /// <summary>The claimant takes it back before anyone decides (or after it was returned to them).</summary>
    public void Withdraw(Actor by, Instant at)
    {
        if (Status is not (ClaimStatus.Submitted or ClaimStatus.Returned))
        {
            throw ClaimRefusal.CannotWithdraw(Status);
        }

        Decide(ClaimStatus.Withdrawn, by, null, at);
    }

    /// <summary>Only an approved claim is marked paid (also for a write that marks many at once).</summary>
    public const ClaimStatus PaidFrom = ClaimStatus.Approved;

    /// <summary>The payment run that paid it has been paid.</summary>
    public void MarkPaid()
    {
        if (Status != PaidFrom)
        {
            throw ClaimRefusal.NotApproved(Status);
        }

        Status = ClaimStatus.Paid;
        Version++;
    }

    /// <summary>
    /// The bank returned a payment of it: what came back is owed again, and the next run pays it. A paid claim is
    /// approved again; an approved claim that was paid in part (the rest held back by a benefits limit) stays approved.
    /// </summary>
    public void PaymentReturned()
    {
        if (Status is not (ClaimStatus.Paid or ClaimStatus.Approved))
        {
            throw ClaimRefusal.NotPaid(Status);
        }

        Status = ClaimStatus.Approved;
        Version++;
    }

    /// <summary>A returned claim, corrected and priced again, waits for a decision once more.</summary>
    public void Resubmit(ClaimDetails details, PricedClaim priced, Actor by, Instant at)
    {
        if (Status != ClaimStatus.Returned)
        {
            throw ClaimRefusal.NotReturned(Status);
        }

        Take(details, priced);
        (Status, SubmittedBy, SubmittedAt, DecidedBy, DecidedAt, Reason, AnswerToChange) = (ClaimStatus.Submitted, by, at, null, null, null, null);
        Version++;
    }

    private void Take(ClaimDetails details, PricedClaim priced)
    {
        Details = details;
        PolicyVersion = priced.PolicyVersion.Label;
        (Involvement, Prep, Travel, ExpensesTotal, Total) = (priced.Involvement, priced.Prep, priced.Travel, priced.Expenses, priced.Total);
        Lines = [.. priced.Lines.Select(ClaimLine.From)];
        Warnings = [.. priced.Warnings.Select(ClaimWarning.From)];
        Status = ClaimStatus.Submitted;
    }

    private void RequireAwaitingDecision()
    {
        if (Status != ClaimStatus.Submitted)
        {
            throw ClaimRefusal.NotAwaitingDecision(Status);
        }
    }

    private static string RequireReason(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw ClaimRefusal.ReasonRequired() : reason.Trim();

    private void Decide(ClaimStatus status, Actor by, string? reason, Instant at)
    {
        (Status, DecidedBy, DecidedAt, Reason) = (status, by, at, reason);
        Version++;
    }
}
