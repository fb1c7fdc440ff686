using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Shared;

/// <summary>
/// What an approved claim still owes: its pay and expenses less the parts of it in live payment items and the pay
/// waived, and whether a part of it is in a run not yet paid.
/// </summary>
public sealed record ClaimBalance(Guid ClaimId, Guid PersonId, Money OwedPay, Money OwedExpenses, bool AwaitingPayment)
{
    /// <summary>Nothing left to pay and nothing waiting in a run: the claim is settled.</summary>
    public bool Settled => (OwedPay + OwedExpenses).IsZero && !AwaitingPayment;
}

/// <summary>Works out claim balances from the claims, their live payment parts and their waived pay.</summary>
public sealed class ClaimBalances(AppDbContext db)
{
    /// <summary>The balances of <paramref name="claims"/> (approved claims: settled claims are Paid and need none).</summary>
    public async Task<IReadOnlyList<ClaimBalance>> OfAsync(IQueryable<Claim> claims, CancellationToken cancellationToken)
    {
        var owed = await claims.AsNoTracking()
            .Select(c => new { c.Id, c.PersonId, c.Involvement, c.Prep, c.Travel, c.ExpensesTotal })
            .ToListAsync(cancellationToken);
        var parts = (await (
                from c in claims
                join p in db.PaymentItemClaims on c.Id equals p.ClaimId
                join i in db.PaymentItems on p.ItemId equals i.Id
                where p.Live
                select new { p.ClaimId, p.Pay, p.Amount, i.Status })
            .ToListAsync(cancellationToken))
            .ToLookup(p => p.ClaimId);
        var waived = (await (
                from c in claims
                join h in db.PaymentHoldbacks on c.Id equals h.ClaimId
                where h.Outcome == HoldbackOutcome.Waived
                select new { h.ClaimId, h.Amount })
            .ToListAsync(cancellationToken))
            .ToLookup(h => h.ClaimId);
        return [.. owed.Select(c =>
        {
            var paidPay = parts[c.Id].Aggregate(Money.Zero, (sum, p) => sum + p.Pay);
            var paidExpenses = parts[c.Id].Aggregate(Money.Zero, (sum, p) => sum + p.Amount - p.Pay);
            var waivedPay = waived[c.Id].Aggregate(Money.Zero, (sum, h) => sum + h.Amount);
            return new ClaimBalance(
                c.Id,
                c.PersonId,
                c.Involvement + c.Prep + c.Travel - paidPay - waivedPay,
                c.ExpensesTotal - paidExpenses,
                parts[c.Id].Any(p => p.Status == PaymentItemStatus.Ready));
        })];
    }
}
