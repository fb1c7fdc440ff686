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

    public Guid RunId { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid ClaimId { get; private set; }

    public Money Amount { get; private set; }

    public HoldbackOutcome Outcome { get; private set; }

    public string BenefitKind { get; private set; } = "";

    public LocalDate? PeriodStart { get; private set; }

    public LocalDate? PeriodEnd { get; private set; }

    public Money? Limit { get; private set; }

    /// <summary>Why, in a plain sentence.</summary>
    public string Reason { get; private set; } = "";

    internal static PaymentHoldback For(Guid runId, PlannedHoldback planned) => new()
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
        Reason = planned.Outcome == HoldbackOutcome.Waived
            ? $"{planned.Amount} waived: it was over {PeriodWording.Limit(planned.Limit)}."
            : $"{planned.Amount} deferred to a later payment: it was over {PeriodWording.Limit(planned.Limit)}.",
    };
}
