using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Shared;

/// <summary>Pay held back now because of a benefits limit, one row per claim and outcome, as claims and statements show it.</summary>
/// <param name="Outcome">deferred (paid by a later run) or waived (never paid, as the person chose).</param>
/// <param name="AmountPence">Deferred: what the claim still owes in pay now. Waived: all the pay given up.</param>
/// <param name="BenefitKind">The benefit whose limit held it back; the run, period and limit are those of the latest run that held it back.</param>
/// <param name="ExpectedFrom">Deferred pay: the day the next benefit period starts, from when it is expected to be paid.</param>
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
    LocalDate? ExpectedFrom,
    string Reason)
{
    /// <summary>What is held back now of the claims among <paramref name="holdbacks"/> made by <paramref name="runs"/>, by payment date.</summary>
    public static async Task<IReadOnlyList<HeldBackView>> ListAsync(
        IQueryable<PaymentHoldback> holdbacks, IQueryable<PaymentRun> runs, IQueryable<Claim> claims, ClaimBalances balances, CancellationToken cancellationToken) =>
        [.. (await NowAsync(holdbacks, runs, claims, balances, cancellationToken)).Select(From)];

    /// <summary>The same, as the domain holds it.</summary>
    public static async Task<IReadOnlyList<HeldBack>> NowAsync(
        IQueryable<PaymentHoldback> holdbacks, IQueryable<PaymentRun> runs, IQueryable<Claim> claims, ClaimBalances balances, CancellationToken cancellationToken)
    {
        var made = await holdbacks.AsNoTracking()
            .Join(runs, h => h.RunId, r => r.Id, (h, r) => new { Holdback = h, r.PaymentDate })
            .ToListAsync(cancellationToken);
        var deferred = made.Where(h => h.Holdback.Outcome == HoldbackOutcome.Deferred).Select(h => h.Holdback.ClaimId).Distinct().ToList();
        var owed = deferred.Count == 0
            ? new Dictionary<ClaimId, Domain.Money>()
            : (await balances.OfAsync(claims.Where(c => deferred.Contains(c.Id) && c.Status == ClaimStatus.Approved), cancellationToken)).ToDictionary(b => b.ClaimId, b => b.OwedPay);
        return HeldBack.Now(made.Select(h => (h.Holdback, h.PaymentDate)), claim => owed.GetValueOrDefault(claim));
    }

    public static HeldBackView From(HeldBack h) => new(
        h.Latest.RunId.Value,
        h.ClaimId.Value,
        h.LatestPaymentDate,
        h.Outcome.ToString().ToLowerInvariant(),
        h.Amount.Pence,
        h.Latest.BenefitKind,
        h.Latest.PeriodStart,
        h.Latest.PeriodEnd,
        h.Latest.Limit?.Pence,
        h.ExpectedFrom,
        h.Reason);
}
