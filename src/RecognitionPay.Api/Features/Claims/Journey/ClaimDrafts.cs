using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>A person's one draft claim: kept as they answer, and used up in the same save as the claim it becomes.</summary>
internal static class ClaimDrafts
{
    /// <summary>Keeps <paramref name="answers"/> (JSON) as the person's draft, correcting <paramref name="correcting"/> if set.</summary>
    public static async Task KeepAsync(AppDbContext db, PersonId person, string answers, ClaimId? correcting, bool setCorrecting, Instant now, CancellationToken cancellationToken)
    {
        var draft = await db.ClaimDrafts.SingleOrDefaultAsync(d => d.PersonId == person, cancellationToken);
        if (draft is null)
        {
            db.ClaimDrafts.Add(new ClaimDraft { PersonId = person, Correcting = correcting, Answers = answers, UpdatedAt = now });
            return;
        }

        draft.Answers = answers;
        draft.UpdatedAt = now;
        if (setCorrecting)
        {
            draft.Correcting = correcting;
        }
    }

    /// <summary>The draft's receipts go with the claim, and the draft is gone.</summary>
    public static async Task FinishAsync(AppDbContext db, PersonId person, ClaimId claim, CancellationToken cancellationToken)
    {
        if (await db.ClaimDrafts.SingleOrDefaultAsync(d => d.PersonId == person, cancellationToken) is { } draft)
        {
            db.ClaimDrafts.Remove(draft);
        }

        foreach (var receipt in await db.Receipts.Where(r => r.PersonId == person && r.ClaimId == null).ToListAsync(cancellationToken))
        {
            receipt.ClaimId = claim;
        }
    }
}
