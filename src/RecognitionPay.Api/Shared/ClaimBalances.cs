using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Shared;

/// <summary>Reads what <see cref="ClaimBalance"/> needs for each claim: the claims, their live payment parts and their waived pay.</summary>
public sealed class ClaimBalances(AppDbContext db)
{
    /// <summary>The balances of <paramref name="claims"/> (approved claims: settled claims are Paid and need none).</summary>
    public Task<IReadOnlyList<ClaimBalance>> OfAsync(IQueryable<Claim> claims, CancellationToken cancellationToken) =>
        OfAsync(claims, paid: null, cancellationToken);

    /// <summary>
    /// The balances of <paramref name="claims"/> once the run <paramref name="paid"/> is paid: that run's parts are
    /// taken as it holds them (paid, so none awaiting payment), not read again; only the claims' parts in other runs
    /// are read. Marking a run paid asks this of every claim the run paid.
    /// </summary>
    public async Task<IReadOnlyList<ClaimBalance>> OfAsync(IQueryable<Claim> claims, PaymentRun? paid, CancellationToken cancellationToken)
    {
        var owed = await claims.AsNoTracking()
            .Select(c => new { c.Id, c.PersonId, c.Involvement, c.Prep, c.Travel, c.ExpensesTotal })
            .ToListAsync(cancellationToken);
        var paidRun = paid?.Id;
        var read = await (
                from c in claims
                join p in db.PaymentItemClaims on c.Id equals p.ClaimId
                join i in db.PaymentItems on p.ItemId equals i.Id
                where p.Live && (paidRun == null || i.RunId != paidRun)
                select new { p.ClaimId, p.Pay, p.Amount, i.Status })
            .ToListAsync(cancellationToken);
        var held = paid is null ? [] : paid.Items.Where(i => i.Status == PaymentItemStatus.Paid).SelectMany(i => i.Claims.Where(p => p.Live).Select(p => new { p.ClaimId, p.Pay, p.Amount, i.Status }));
        var parts = read.Concat(held).ToLookup(p => p.ClaimId);
        var waived = (await (
                from c in claims
                join h in db.PaymentHoldbacks on c.Id equals h.ClaimId
                where h.Outcome == HoldbackOutcome.Waived
                select new { h.ClaimId, h.Amount })
            .ToListAsync(cancellationToken))
            .ToLookup(h => h.ClaimId);
        return [.. owed.Select(c => ClaimBalance.Of(
            c.Id,
            c.PersonId,
            c.Involvement + c.Prep + c.Travel,
            c.ExpensesTotal,
            parts.Contains(c.Id) ? [.. parts[c.Id].Select(p => new PaidPart(p.Amount, p.Pay, p.Status == PaymentItemStatus.Ready))] : [],
            waived.Contains(c.Id) ? waived[c.Id].Select(h => h.Amount) : []))];
    }
}
