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

    /// <summary>What one of a person's approved claims still owes now, and the next run's projected effect on it (none when it owes nothing or no run can pay it).</summary>
    public sealed record ApprovedOwing(Money Now, BenefitsEffect? Next);

    /// <summary>
    /// What each of one person's approved <paramref name="claims"/> still owes, from one read of the person's balances,
    /// each projected as if the person's other owed claims were paid first.
    /// </summary>
    public async Task<IReadOnlyDictionary<ClaimId, ApprovedOwing>> ForApprovedAsync(PersonId personId, IReadOnlyCollection<ClaimId> claims, CancellationToken cancellationToken)
    {
        var owed = await OwedAsync(personId, cancellationToken);
        var own = owed.Where(b => claims.Contains(b.ClaimId)).ToList();
        var payee = own.Any(Owes) ? await NextRunPayeeAsync(personId, cancellationToken) : null;
        var owedPay = OwedPay(owed);
        return own.ToDictionary(b => b.ClaimId, b => new ApprovedOwing(
            b.OwedPay + b.OwedExpenses,
            payee is not null && Owes(b) ? BenefitsEffect.Project(payee, owedPay - b.OwedPay, b.OwedPay, b.OwedExpenses) : null));
    }

    public static BenefitsEffectView? View(BenefitsEffect? effect) => effect is null ? null : BenefitsEffectView.From(effect);

    private static bool Owes(ClaimBalance balance) => !(balance.OwedPay + balance.OwedExpenses).IsZero;

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
