using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>An approved amount not yet paid or in a live run: one claim's total, for one person, by their payment method.</summary>
public sealed record PayableClaim(Guid ClaimId, Guid PersonId, PaymentMethod Method, Money Amount);

/// <summary>What one person will be paid by one method in a run, and which claims it pays.</summary>
public sealed record PlannedItem(Guid PersonId, PaymentMethod Method, Money Amount, IReadOnlyList<PayableClaim> Claims);

/// <summary>Gathers payable claims into one item per person and payment method, with totals.</summary>
public static class PaymentRunPlanner
{
    public static IReadOnlyList<PlannedItem> Plan(IEnumerable<PayableClaim> payable) =>
        [.. payable
            .Where(p => p.Method != PaymentMethod.None && p.Amount.Pence > 0)
            .GroupBy(p => (p.PersonId, p.Method))
            .Select(g => new PlannedItem(
                g.Key.PersonId,
                g.Key.Method,
                g.Aggregate(Money.Zero, (sum, p) => sum + p.Amount),
                [.. g.OrderBy(p => p.ClaimId)]))
            .OrderBy(i => i.PersonId)
            .ThenBy(i => i.Method)];
}
