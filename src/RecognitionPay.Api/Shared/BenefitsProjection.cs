using Cronos;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
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
        return View(await ProjectAsync(personId, OwedPay(owed.Where(b => b.ClaimId != excludingClaim)), pay, expenses, cancellationToken));
    }

    /// <summary>The projected effect of what an approved claim still owes, or none when it owes nothing or no run can pay it.</summary>
    public async Task<BenefitsEffect?> ForApprovedAsync(Claim claim, CancellationToken cancellationToken)
    {
        var owed = await OwedAsync(claim.PersonId, cancellationToken);
        return owed.SingleOrDefault(b => b.ClaimId == claim.Id) is { } own && !(own.OwedPay + own.OwedExpenses).IsZero
            ? await ProjectAsync(claim.PersonId, OwedPay(owed.Where(b => b.ClaimId != claim.Id)), own.OwedPay, own.OwedExpenses, cancellationToken)
            : null;
    }

    public static BenefitsEffectView? View(BenefitsEffect? effect) => effect is null ? null : BenefitsEffectView.From(effect);

    private static Money OwedPay(IEnumerable<ClaimBalance> owed) => owed.Aggregate(Money.Zero, (sum, b) => sum + b.OwedPay);

    private Task<IReadOnlyList<ClaimBalance>> OwedAsync(PersonId personId, CancellationToken cancellationToken) =>
        balances.OfAsync(db.Claims.Where(c => c.PersonId == personId && c.Status == ClaimStatus.Approved), cancellationToken);

    /// <summary>The next scheduled run's effect, or none when no policy is in force to say or the person is paid by no method.</summary>
    private async Task<BenefitsEffect?> ProjectAsync(PersonId personId, Money owedPay, Money pay, Money expenses, CancellationToken cancellationToken)
    {
        var today = LondonCalendar.Today(clock);
        if (await policies.InForceOnAsync(today, cancellationToken) is not { } current)
        {
            return null;
        }

        var paymentDate = await NextPaymentDateAsync(current.Payments.RunSchedule, current.Payments.PaymentLeadDays, cancellationToken);
        var policy = await policies.InForceOnAsync(paymentDate, cancellationToken) ?? current;
        var payee = (await payees.OfAsync([personId], paymentDate, cancellationToken)).GetValueOrDefault(personId);
        return payee is null || payee.Method == PaymentMethod.None
            ? null
            : BenefitsEffect.Project(payee.On(policy, paymentDate), owedPay, pay, expenses);
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
