using NodaTime;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests;

/// <summary>Plans for tests about grouping and totals, where nobody declared a benefit and nothing is capped.</summary>
internal static class Payees
{
    public static RunPlan PlanUncapped(IEnumerable<PayableClaim> payable) =>
        PaymentRunPlanner.Plan(payable, _ => new Payee(OverCapChoice.Defer, Headroom.None(new LocalDate(2026, 12, 1))));
}
