using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>Pay a run held back because of a benefits limit, as claims and statements show it.</summary>
/// <param name="Outcome">deferred (paid by a later run) or waived (never paid, as the person chose).</param>
/// <param name="BenefitKind">The benefit whose limit held it back; the period and limit are those of that run's payment date.</param>
public sealed record HeldBackView(
    Guid RunId,
    Guid ClaimId,
    LocalDate PaymentDate,
    string Outcome,
    long AmountPence,
    string BenefitKind,
    LocalDate? PeriodStart,
    LocalDate? PeriodEnd,
    long? LimitPence,
    string Reason)
{
    /// <summary>The holdbacks among <paramref name="holdbacks"/> made by <paramref name="runs"/>, by payment date.</summary>
    public static async Task<IReadOnlyList<HeldBackView>> ListAsync(IQueryable<PaymentHoldback> holdbacks, IQueryable<PaymentRun> runs, CancellationToken cancellationToken) =>
        [.. (await holdbacks.AsNoTracking()
                .Join(runs, h => h.RunId, r => r.Id, (h, r) => new { Holdback = h, r.PaymentDate })
                .OrderBy(h => h.PaymentDate).ThenBy(h => h.Holdback.Id)
                .ToListAsync(cancellationToken))
            .Select(h => From(h.Holdback, h.PaymentDate))];

    private static HeldBackView From(PaymentHoldback h, LocalDate paymentDate) => new(
        h.RunId,
        h.ClaimId,
        paymentDate,
        h.Outcome.ToString().ToLowerInvariant(),
        h.Amount.Pence,
        h.BenefitKind,
        h.PeriodStart,
        h.PeriodEnd,
        h.Limit?.Pence,
        h.Reason);
}
