using NodaTime;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>
/// A claim's pay held back now by a benefits limit, one per claim and outcome however many runs held it back:
/// waived pay is given up for good, so it is all that was waived; deferred pay is what the claim still owes now.
/// The benefit, period and limit are those of the latest run that held it back.
/// </summary>
public sealed record HeldBack(ClaimId ClaimId, HoldbackOutcome Outcome, Money Amount, PaymentHoldback Latest, LocalDate LatestPaymentDate)
{
    /// <summary>For deferred pay, the first day of the next benefit period, when there is room again.</summary>
    public LocalDate? ExpectedFrom => Outcome == HoldbackOutcome.Deferred ? Latest.PeriodEnd?.PlusDays(1) : null;

    /// <summary>"£92 deferred to a later payment: it was over ... We expect to pay it from Monday 7 December 2026."</summary>
    public string Reason => PaymentHoldback.Sentence(Amount, Outcome, Latest.Why)
        + (ExpectedFrom is { } from ? $" We expect to pay it from {PeriodWording.Day(from)}." : "");

    /// <summary>
    /// What is held back now, from the holdbacks runs made (with their runs' payment dates) and what each deferred
    /// claim still owes in pay; nothing is listed for pay no longer held back.
    /// </summary>
    public static IReadOnlyList<HeldBack> Now(IEnumerable<(PaymentHoldback Holdback, LocalDate PaymentDate)> made, Func<ClaimId, Money> owedPayNow) =>
        [.. made
            .GroupBy(h => (h.Holdback.ClaimId, h.Holdback.Outcome))
            .Select(g =>
            {
                var latest = g.MaxBy(h => (h.PaymentDate, h.Holdback.Id));
                var amount = g.Key.Outcome == HoldbackOutcome.Waived
                    ? g.Aggregate(Money.Zero, (sum, h) => sum + h.Holdback.Amount)
                    : owedPayNow(g.Key.ClaimId);
                return new HeldBack(g.Key.ClaimId, g.Key.Outcome, amount, latest.Holdback, latest.PaymentDate);
            })
            .Where(h => h.Amount > Money.Zero)
            .OrderBy(h => h.LatestPaymentDate).ThenBy(h => h.Latest.Id)];
}
