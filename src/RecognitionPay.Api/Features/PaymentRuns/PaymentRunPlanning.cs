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
/// run itself and its preview both plan here, so finance sees exactly what confirming will do. A person whose claims
/// no run has touched and whose pay fits their room is planned from their sums (<see cref="UntouchedClaims"/>), paid
/// whole; everyone else claim by claim from the claims' balances.
/// </summary>
public sealed class PaymentRunPlanning(AppDbContext db, ClaimBalances balances, UntouchedClaims untouched, PayeeBook payeeBook, PolicyBook policies, WorkingDays workingDays, IClock clock)
{
    /// <param name="Owing">The balances of the claims planned one by one: those of people not paid whole.</param>
    public sealed record Planned(LocalDate Today, LocalDate PaymentDate, IReadOnlyList<ClaimBalance> Owing, IReadOnlyDictionary<PersonId, PayeeRecord> Payees, RunPlan Plan);

    public async Task<Planned> PlanAsync(LocalDate? asked, CancellationToken cancellationToken)
    {
        var today = LondonCalendar.Today(clock);
        var paymentDate = await PaymentDateAsync(asked, today, cancellationToken);
        var policy = await policies.InForceOnAsync(paymentDate, cancellationToken) ?? await PolicyTodayAsync(today, cancellationToken);
        var owed = await untouched.ByPersonAsync(cancellationToken);
        var payees = await payeeBook.OfAsync([.. owed.Select(o => o.PersonId)], paymentDate, cancellationToken);
        var rooms = new Dictionary<PersonId, Payee>();
        Payee PayeeOf(PersonId personId) => rooms.TryGetValue(personId, out var payee) ? payee : rooms[personId] = payees[personId].On(policy, paymentDate);
        var whole = owed.Where(o => o.Untouched && PayeeOf(o.PersonId).Fits(o.Pay))
            .Select(o => new OwedInFull(o.PersonId, payees[o.PersonId].Method, o.Claims, o.Pay, o.Expenses))
            .ToList();
        var byClaim = owed.Select(o => o.PersonId).Except(whole.Select(w => w.PersonId)).ToList();
        var owing = byClaim.Count == 0 ? []
            : (await balances.OfAsync(db.Claims.Where(c => c.Status == ClaimStatus.Approved && byClaim.Contains(c.PersonId)), cancellationToken))
                .Where(b => !(b.OwedPay + b.OwedExpenses).IsZero).ToList();
        var plan = PaymentRunPlanner.Plan(
            owing.Select(b => new PayableClaim(b.ClaimId, b.PersonId, payees[b.PersonId].Method, b.OwedPay, b.OwedExpenses)),
            PayeeOf,
            whole);
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
