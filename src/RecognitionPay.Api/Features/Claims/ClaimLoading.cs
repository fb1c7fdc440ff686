using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>Loads a claim to change it: visible to the caller, still at the version their If-Match names.</summary>
public sealed class ClaimLoading(AppDbContext db, PersonAccess access)
{
    public async Task<(Claim Claim, Person Claimant)> ForChangeAsync(ClaimId id, string? ifMatch, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundRefusal("claim", id.ToString());
        await access.RequireVisibleAsync(claim.PersonId, "claim", id.ToString(), cancellationToken);
        ETags.RequireCurrent(ifMatch, claim.Version);
        var claimant = await db.People.AsNoTracking().SingleAsync(p => p.Id == claim.PersonId, cancellationToken);
        return (claim, claimant);
    }
}
