using Cronos;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Calendars;
using RecognitionPay.Api.Features.PaymentRuns;
using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Benefits;

/// <summary>
/// Projects a claim onto the next scheduled payment run for its person: the run's payment date from the policy's
/// schedule and lead days, the person's headroom then, and everything they are already owed paid first.
/// </summary>
public sealed class BenefitsProjection(AppDbContext db, PolicyBook policies, WorkingDays workingDays, ClaimBalances balances, PayeeBook payees, IClock clock)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The projected effect of <paramref name="pay"/> and <paramref name="expenses"/>, or none when no policy is in force to say.</summary>
    public async Task<BenefitsEffectView?> ForAsync(Guid personId, Money pay, Money expenses, Guid? excludingClaim, CancellationToken cancellationToken)
    {
        var today = LondonCalendar.Today(clock);
        if (await policies.InForceOnAsync(today, cancellationToken) is not { } current)
        {
            return null;
        }

        var paymentDate = await NextPaymentDateAsync(current.Payments.RunSchedule, current.Payments.PaymentLeadDays, cancellationToken);
        var policy = await policies.InForceOnAsync(paymentDate, cancellationToken) ?? current;
        var payee = (await payees.OfAsync(db.People.Where(p => p.Id == personId).Select(p => p.Id), paymentDate, cancellationToken))[personId];
        var owed = await balances.OfAsync(
            db.Claims.Where(c => c.PersonId == personId && c.Status == ClaimStatus.Approved && c.Id != excludingClaim),
            cancellationToken);
        var effect = BenefitsEffect.Project(payee.On(policy, paymentDate), owed.Aggregate(Money.Zero, (sum, b) => sum + b.OwedPay), pay, expenses);
        return BenefitsEffectView.From(effect);
    }

    /// <summary>The payment date of the next scheduled run: its run date plus the lead days, moved to a working day.</summary>
    private async Task<LocalDate> NextPaymentDateAsync(string schedule, int leadDays, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var next = CronExpression.Parse(schedule).GetNextOccurrence(now.ToDateTimeUtc(), London, inclusive: true);
        var runDate = next is { } at ? Instant.FromDateTimeUtc(at).InZone(LondonCalendar.Zone).Date : LondonCalendar.Today(clock);
        var calendar = await workingDays.CalendarAsync(cancellationToken);
        return calendar.OnOrAfter(runDate.PlusDays(leadDays));
    }
}
