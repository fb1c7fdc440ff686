using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// What a run made now would pay: the payment date (asked for, or the policy's lead days on from today, on a working
/// day), everything approved and still owed, each payee's room under their benefits on that date, and the plan. The
/// run itself and its preview both plan here, so finance sees exactly what confirming will do.
/// </summary>
public sealed class PaymentRunPlanning(AppDbContext db, ClaimBalances balances, PayeeBook payeeBook, PolicyBook policies, WorkingDays workingDays, IClock clock)
{
    public sealed record Planned(LocalDate Today, LocalDate PaymentDate, IReadOnlyList<ClaimBalance> Owing, IReadOnlyDictionary<PersonId, PayeeRecord> Payees, RunPlan Plan);

    public async Task<Planned> PlanAsync(LocalDate? asked, CancellationToken cancellationToken)
    {
        var today = LondonCalendar.Today(clock);
        var paymentDate = await PaymentDateAsync(asked, today, cancellationToken);
        var policy = await policies.InForceOnAsync(paymentDate, cancellationToken) ?? await PolicyTodayAsync(today, cancellationToken);
        var approved = db.Claims.Where(c => c.Status == ClaimStatus.Approved);
        var owing = (await balances.OfAsync(approved, cancellationToken)).Where(b => !(b.OwedPay + b.OwedExpenses).IsZero).ToList();
        var payees = await payeeBook.OfAsync([.. owing.Select(b => b.PersonId).Distinct()], paymentDate, cancellationToken);
        var plan = PaymentRunPlanner.Plan(
            owing.Select(b => new PayableClaim(b.ClaimId, b.PersonId, payees[b.PersonId].Method, b.OwedPay, b.OwedExpenses)),
            personId => payees[personId].On(policy, paymentDate));
        return new(today, paymentDate, owing, payees, plan);
    }

    private async Task<LocalDate> PaymentDateAsync(LocalDate? asked, LocalDate today, CancellationToken cancellationToken)
    {
        var calendar = await workingDays.CalendarAsync(cancellationToken);
        if (asked is { } date)
        {
            return date < today ? throw new InvalidFieldRefusal("paymentDate", "A payment date cannot be in the past.")
                : !calendar.IsWorkingDay(date) ? throw new InvalidFieldRefusal("paymentDate", $"{date:dddd d MMMM yyyy} is not a working day: banks do not pay on weekends or bank holidays.")
                : date;
        }

        var policy = await PolicyTodayAsync(today, cancellationToken);
        return calendar.OnOrAfter(today.PlusDays(policy.Payments.PaymentLeadDays));
    }

    private async Task<RecognitionPolicy> PolicyTodayAsync(LocalDate today, CancellationToken cancellationToken) =>
        await policies.InForceOnAsync(today, cancellationToken)
            ?? throw new ConflictRefusal("NoPolicyInForce", "No policy is in force today, so the payment date and the benefits limits cannot be worked out.");
}
