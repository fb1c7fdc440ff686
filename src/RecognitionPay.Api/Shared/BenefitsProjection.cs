using Cronos;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Shared;

/// <summary>
/// Projects a claim onto the next scheduled payment run for its person: the run's payment date from the policy's
/// schedule and lead days, the person's headroom then, and everything they are already owed paid first.
/// </summary>
public sealed class BenefitsProjection(AppDbContext db, PolicyBook policies, WorkingDays workingDays, ClaimBalances balances, PayeeBook payees, IClock clock)
{
    /// <summary>The projected effect of <paramref name="pay"/> and <paramref name="expenses"/> (a quote, or a claim not yet approved), or none when no policy is in force to say.</summary>
    public async Task<BenefitsEffectView?> ForAsync(PersonId personId, Money pay, Money expenses, ClaimId? excludingClaim, CancellationToken cancellationToken)
    {
        var owed = await OwedAsync(personId, cancellationToken);
        return await NextRunPayeeAsync(personId, cancellationToken) is { } payee
            ? View(BenefitsEffect.Project(payee, OwedPay(owed.Where(b => b.ClaimId != excludingClaim)), pay, expenses))
            : null;
    }

    /// <summary>
    /// The projected effect of what each of one person's approved <paramref name="claims"/> still owes, each as if the
    /// person's other owed claims were paid first; none for a claim that owes nothing, nor for any when no run can pay them.
    /// </summary>
    public async Task<IReadOnlyDictionary<ClaimId, BenefitsEffect>> ForApprovedAsync(PersonId personId, IReadOnlyCollection<ClaimId> claims, CancellationToken cancellationToken)
    {
        var owed = await OwedAsync(personId, cancellationToken);
        var own = owed.Where(b => claims.Contains(b.ClaimId) && !(b.OwedPay + b.OwedExpenses).IsZero).ToList();
        if (own.Count == 0 || await NextRunPayeeAsync(personId, cancellationToken) is not { } payee)
        {
            return new Dictionary<ClaimId, BenefitsEffect>();
        }

        var owedPay = OwedPay(owed);
        return own.ToDictionary(b => b.ClaimId, b => BenefitsEffect.Project(payee, owedPay - b.OwedPay, b.OwedPay, b.OwedExpenses));
    }

    public static BenefitsEffectView? View(BenefitsEffect? effect) => effect is null ? null : BenefitsEffectView.From(effect);

    private static Money OwedPay(IEnumerable<ClaimBalance> owed) => owed.Aggregate(Money.Zero, (sum, b) => sum + b.OwedPay);

    private Task<IReadOnlyList<ClaimBalance>> OwedAsync(PersonId personId, CancellationToken cancellationToken) =>
        balances.OfAsync(db.Claims.Where(c => c.PersonId == personId && c.Status == ClaimStatus.Approved), cancellationToken);

    /// <summary>The person as the next scheduled run will see them, or none when no policy is in force to say or they are paid by no method.</summary>
    private async Task<Payee?> NextRunPayeeAsync(PersonId personId, CancellationToken cancellationToken)
    {
        var today = LondonCalendar.Today(clock);
        if (await policies.InForceOnAsync(today, cancellationToken) is not { } current)
        {
            return null;
        }

        var paymentDate = await NextPaymentDateAsync(current.Payments.RunSchedule, current.Payments.PaymentLeadDays, cancellationToken);
        var policy = await policies.InForceOnAsync(paymentDate, cancellationToken) ?? current;
        var payee = (await payees.OfAsync([personId], paymentDate, cancellationToken)).GetValueOrDefault(personId);
        return payee is null || payee.Method == PaymentMethod.None ? null : payee.On(policy, paymentDate);
    }

    /// <summary>The payment date of the next scheduled run: its run date plus the lead days, moved to a working day.</summary>
    private async Task<LocalDate> NextPaymentDateAsync(string schedule, int leadDays, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var next = CronExpression.Parse(schedule).GetNextOccurrence(now.ToDateTimeUtc(), LondonCalendar.SystemZone, inclusive: true);
        var runDate = next is { } at ? Instant.FromDateTimeUtc(at).InZone(LondonCalendar.Zone).Date : LondonCalendar.Today(clock);
        var calendar = await workingDays.CalendarAsync(cancellationToken);
        return calendar.OnOrAfter(runDate.PlusDays(leadDays));
    }
}
