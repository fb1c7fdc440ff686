using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Shared;

/// <summary>A person a run may pay: how they are paid, what they chose for pay over a cap, their benefits and running totals.</summary>
public sealed record PayeeRecord(PersonId PersonId, PaymentMethod Method, OverCapChoice OverCapChoice, IReadOnlyList<BenefitDeclaration> Benefits, Earnings? Earnings)
{
    /// <summary>The payee as the planner sees it on <paramref name="paymentDate"/> under <paramref name="policy"/>.</summary>
    public Payee On(RecognitionPolicy policy, LocalDate paymentDate) =>
        new(OverCapChoice, Headroom.For(policy, Benefits, paymentDate, Earnings ?? Domain.Benefits.Earnings.For(PersonId)));
}

/// <summary>
/// Loads payees with only the running totals near a payment date, so the cost does not grow with history. The people
/// go to the database as one parameter (a JSON array), not one each: a run asks for thousands at once.
/// </summary>
public sealed class PayeeBook(AppDbContext db)
{
    /// <param name="personIds">The people to load: for a run, those it owes something.</param>
    public async Task<IReadOnlyDictionary<PersonId, PayeeRecord>> OfAsync(IReadOnlyCollection<PersonId> personIds, LocalDate paymentDate, CancellationToken cancellationToken)
    {
        var window = Earnings.WindowAround(paymentDate);

        var earnings = await db.Earnings.AsNoTracking()
            .Where(e => personIds.Contains(e.PersonId))
            .Include(e => e.Days.Where(d => d.Date >= window.Start && d.Date <= window.End))
            .ToDictionaryAsync(e => e.PersonId, cancellationToken);
        return await db.People.AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.PaymentMethod, p.OverCapChoice, p.Benefits })
            .ToDictionaryAsync(
                p => p.Id,
                p => new PayeeRecord(p.Id, p.PaymentMethod, p.OverCapChoice, p.Benefits, earnings.GetValueOrDefault(p.Id)),
                cancellationToken);
    }
}
