using NodaTime;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>
/// Pay a run held back because it would have taken a person over a benefits limit: deferred (still owed, for a later
/// run) or waived (given up, as the person chose). Kept so the claim and the person's statement can say which, and why.
/// </summary>
public sealed class PaymentHoldback
{
    private PaymentHoldback()
    {
    }

    public Guid Id { get; private set; }

    public PaymentRunId RunId { get; private set; }

    public PersonId PersonId { get; private set; }

    public ClaimId ClaimId { get; private set; }

    public Money Amount { get; private set; }

    public HoldbackOutcome Outcome { get; private set; }

    public string BenefitKind { get; private set; } = "";

    public LocalDate? PeriodStart { get; private set; }

    public LocalDate? PeriodEnd { get; private set; }

    public Money? Limit { get; private set; }

    /// <summary>Why, in a plain sentence.</summary>
    public string Reason { get; private set; } = "";

    internal static PaymentHoldback For(PaymentRunId runId, PlannedHoldback planned) => new()
    {
        Id = Guid.CreateVersion7(),
        RunId = runId,
        PersonId = planned.PersonId,
        ClaimId = planned.ClaimId,
        Amount = planned.Amount,
        Outcome = planned.Outcome,
        BenefitKind = planned.Limit.Rule.Kind,
        PeriodStart = planned.Limit.Period?.Start,
        PeriodEnd = planned.Limit.Period?.End,
        Limit = planned.Limit.Limit,
        Reason = planned.Reason,
    };

    /// <summary>Why, without the amount this run held back: "it was over the Carer's Allowance limit of ...".</summary>
    public string Why => Reason.StartsWith(Lead(Amount, Outcome), StringComparison.Ordinal) ? Reason[Lead(Amount, Outcome).Length..] : Reason;

    /// <summary>"£92 deferred to a later payment: it was over ..." or "£92 waived: it was over ...".</summary>
    public static string Sentence(Money amount, HoldbackOutcome outcome, string why) => Lead(amount, outcome) + why;

    private static string Lead(Money amount, HoldbackOutcome outcome) =>
        outcome == HoldbackOutcome.Waived ? $"{amount} waived: " : $"{amount} deferred to a later payment: ";
}
