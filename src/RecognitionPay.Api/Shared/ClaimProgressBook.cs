using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Shared;

/// <summary>
/// Where claims have got to (<see cref="ClaimProgress"/>), read for a list of them at once: their payments and what
/// is held back in one statement each, what they still owe and the next run's effect once per person, so a page of
/// claims costs the same few statements as one claim.
/// </summary>
public sealed class ClaimProgressBook(AppDbContext db, ClaimBalances balances, BenefitsProjection projection)
{
    /// <param name="Effect">For an approved claim owing something: the next run's projected effect on it.</param>
    public sealed record Progress(IReadOnlyList<string> Sentences, IReadOnlyList<HeldBack> HeldBack, BenefitsEffect? Effect);

    public async Task<IReadOnlyDictionary<ClaimId, Progress>> OfAsync(IReadOnlyCollection<Claim> claims, CancellationToken cancellationToken)
    {
        var ids = claims.Select(c => c.Id).ToList();
        var people = claims.Select(c => c.PersonId).Distinct().ToList();
        var methods = await db.People.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.PaymentMethod, cancellationToken);
        var held = (await HeldBackView.NowAsync(db.PaymentHoldbacks.Where(h => ids.Contains(h.ClaimId)), db.PaymentRuns, db.Claims, balances, cancellationToken))
            .ToLookup(h => h.ClaimId);
        var payments = (await (
                    from part in db.PaymentItemClaims
                    where ids.Contains(part.ClaimId)
                    join item in db.PaymentItems on part.ItemId equals item.Id
                    join run in db.PaymentRuns on item.RunId equals run.Id
                    select new { part.ClaimId, Payment = new ClaimPayment(run.PaymentDate, part.Amount, item.Status, item.FailureReason) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ClaimId, p => p.Payment);
        var owing = new Dictionary<ClaimId, BenefitsProjection.ApprovedOwing>();
        foreach (var person in claims.Where(c => c.Status == ClaimStatus.Approved).GroupBy(c => c.PersonId))
        {
            foreach (var (claimId, owed) in await projection.ForApprovedAsync(person.Key, [.. person.Select(c => c.Id)], cancellationToken))
            {
                owing.Add(claimId, owed);
            }
        }

        return claims.ToDictionary(c => c.Id, c =>
        {
            var heldBack = held[c.Id].ToList();
            var owed = owing.GetValueOrDefault(c.Id);
            var next = owed?.Next is { } effect ? ExpectedPayment.Of(effect) : null;
            return new Progress(ClaimProgress.Sentences(c, methods[c.PersonId], [.. payments[c.Id]], heldBack, owed?.Now ?? Money.Zero, next), heldBack, owed?.Next);
        });
    }
}
