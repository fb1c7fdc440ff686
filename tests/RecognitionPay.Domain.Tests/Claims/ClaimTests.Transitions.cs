using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Tests.Claims;

public sealed partial class ClaimTests
{
    /// <summary>The statuses a claim reaches through its own methods (Paid is reached by a payment run).</summary>
    private static readonly ClaimStatus[] LifecycleStatuses =
        [ClaimStatus.Submitted, ClaimStatus.Approved, ClaimStatus.Rejected, ClaimStatus.Returned, ClaimStatus.Withdrawn];

    public static TheoryData<ClaimStatus, Act, ClaimStatus> AllowedChanges() => new()
    {
        { ClaimStatus.Submitted, Act.Approve, ClaimStatus.Approved },
        { ClaimStatus.Submitted, Act.Reject, ClaimStatus.Rejected },
        { ClaimStatus.Submitted, Act.Return, ClaimStatus.Returned },
        { ClaimStatus.Submitted, Act.Withdraw, ClaimStatus.Withdrawn },
        { ClaimStatus.Returned, Act.Withdraw, ClaimStatus.Withdrawn },
        { ClaimStatus.Returned, Act.Resubmit, ClaimStatus.Submitted },
    };

    public static TheoryData<ClaimStatus, Act, string> RefusedChanges() => new()
    {
        { ClaimStatus.Submitted, Act.Resubmit, "NotReturned" },

        { ClaimStatus.Approved, Act.Approve, "NotAwaitingDecision" },
        { ClaimStatus.Approved, Act.Reject, "NotAwaitingDecision" },
        { ClaimStatus.Approved, Act.Return, "NotAwaitingDecision" },
        { ClaimStatus.Approved, Act.Withdraw, "CannotWithdraw" },
        { ClaimStatus.Approved, Act.Resubmit, "NotReturned" },

        { ClaimStatus.Rejected, Act.Approve, "NotAwaitingDecision" },
        { ClaimStatus.Rejected, Act.Reject, "NotAwaitingDecision" },
        { ClaimStatus.Rejected, Act.Return, "NotAwaitingDecision" },
        { ClaimStatus.Rejected, Act.Withdraw, "CannotWithdraw" },
        { ClaimStatus.Rejected, Act.Resubmit, "NotReturned" },

        { ClaimStatus.Returned, Act.Approve, "NotAwaitingDecision" },
        { ClaimStatus.Returned, Act.Reject, "NotAwaitingDecision" },
        { ClaimStatus.Returned, Act.Return, "NotAwaitingDecision" },

        { ClaimStatus.Withdrawn, Act.Approve, "NotAwaitingDecision" },
        { ClaimStatus.Withdrawn, Act.Reject, "NotAwaitingDecision" },
        { ClaimStatus.Withdrawn, Act.Return, "NotAwaitingDecision" },
        { ClaimStatus.Withdrawn, Act.Withdraw, "CannotWithdraw" },
        { ClaimStatus.Withdrawn, Act.Resubmit, "NotReturned" },
    };

    [Theory]
    [MemberData(nameof(AllowedChanges))]
    public void An_allowed_change_moves_the_claim_on_and_raises_its_version_by_one(ClaimStatus from, Act act, ClaimStatus to)
    {
        var claim = ClaimThatIs(from);
        var version = claim.Version;

        Do(claim, act);

        Assert.Equal(to, claim.Status);
        Assert.Equal(version + 1, claim.Version);
    }

    [Theory]
    [MemberData(nameof(RefusedChanges))]
    public void A_refused_change_names_its_reason_and_leaves_the_claim_as_it_was(ClaimStatus from, Act act, string code)
    {
        var claim = ClaimThatIs(from);

        AssertRefused(claim, code, () => Do(claim, act));
    }

    [Fact]
    public void Every_change_from_every_status_is_either_allowed_or_refused_and_never_both()
    {
        var allowed = AllowedChanges().Select(row => ((ClaimStatus)row[0], (Act)row[1])).ToList();
        var refused = RefusedChanges().Select(row => ((ClaimStatus)row[0], (Act)row[1])).ToList();

        var everyChange = LifecycleStatuses.SelectMany(status => Enum.GetValues<Act>().Select(act => (status, act)));

        Assert.Equal(
            everyChange.OrderBy(c => c),
            allowed.Concat(refused).OrderBy(c => c));
    }

    [Fact]
    public void Approving_records_who_approved_and_when_with_no_reason()
    {
        var claim = ClaimThatIs(ClaimStatus.Submitted);

        claim.Approve(Approver, Claimant, Now);

        Assert.Equal(Approver, claim.DecidedBy);
        Assert.Equal(Now, claim.DecidedAt);
        Assert.Null(claim.Reason);
    }

    [Fact]
    public void Rejecting_records_who_rejected_when_and_why()
    {
        var claim = ClaimThatIs(ClaimStatus.Submitted);

        claim.Reject(Approver, "This meeting was cancelled.", Now);

        Assert.Equal(Approver, claim.DecidedBy);
        Assert.Equal(Now, claim.DecidedAt);
        Assert.Equal("This meeting was cancelled.", claim.Reason);
    }

    [Fact]
    public void Returning_records_who_returned_it_when_and_what_to_correct()
    {
        var claim = ClaimThatIs(ClaimStatus.Submitted);

        claim.Return(Approver, "Please add the receipt for the fare.", Now);

        Assert.Equal(Approver, claim.DecidedBy);
        Assert.Equal(Now, claim.DecidedAt);
        Assert.Equal("Please add the receipt for the fare.", claim.Reason);
    }

    [Theory]
    [InlineData(ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.Returned)]
    public void Withdrawing_records_who_withdrew_it_and_when(ClaimStatus from)
    {
        var claim = ClaimThatIs(from);

        claim.Withdraw(Claimant, Now);

        Assert.Equal(Claimant, claim.DecidedBy);
        Assert.Equal(Now, claim.DecidedAt);
        Assert.Null(claim.Reason);
    }

    [Theory]
    [InlineData(Act.Approve)]
    [InlineData(Act.Reject)]
    [InlineData(Act.Return)]
    [InlineData(Act.Withdraw)]
    public void A_decision_changes_neither_the_price_nor_who_submitted_it(Act act)
    {
        var claim = ClaimThatIs(ClaimStatus.Submitted);
        var before = ClaimState.Of(claim);

        Do(claim, act);

        Assert.Equal(before.Total, claim.Total);
        Assert.Same(before.Lines, claim.Lines);
        Assert.Equal(before.Details, claim.Details);
        Assert.Equal(before.PolicyVersion, claim.PolicyVersion);
        Assert.Equal(before.SubmittedBy, claim.SubmittedBy);
        Assert.Equal(before.SubmittedAt, claim.SubmittedAt);
    }

    [Fact]
    public void A_refused_withdrawal_says_what_the_claim_is()
    {
        var claim = ClaimThatIs(ClaimStatus.Approved);

        var refusal = Assert.Throws<ClaimRefusal>(() => claim.Withdraw(Claimant, Now));

        Assert.Contains("Approved", refusal.Message, StringComparison.Ordinal);
    }
}
