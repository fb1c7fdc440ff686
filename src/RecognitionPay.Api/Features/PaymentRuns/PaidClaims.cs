using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// <see cref="Claim.MarkPaid"/> for many claims in one statement, not one tracked update each: Paid, one version on
/// (so a decision read before fails its concurrency check). One that is no longer approved refuses the whole command.
/// </summary>
internal static class PaidClaims
{
    public static async Task MarkAsync(AppDbContext db, IReadOnlyCollection<ClaimId> settled, CancellationToken cancellationToken)
    {
        var marked = await db.Claims.Where(c => settled.Contains(c.Id) && c.Status == Claim.PaidFrom)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, ClaimStatus.Paid).SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        if (marked != settled.Count)
        {
            var status = await db.Claims.Where(c => settled.Contains(c.Id) && c.Status != Claim.PaidFrom).Select(c => c.Status).FirstAsync(cancellationToken);
            throw ClaimRefusal.NotApproved(status);
        }
    }
}
