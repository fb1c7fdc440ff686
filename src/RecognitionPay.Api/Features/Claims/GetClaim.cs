using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Benefits;
using RecognitionPay.Api.Features.PaymentRuns;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>One claim with its lines, warnings and ETag; a co-producer sees only their own.</summary>
public static class GetClaim
{
    public sealed record Query(Guid Id) : IRequest<ClaimView>;

    internal sealed class Handler(AppDbContext db, PersonAccess access, BenefitsProjection projection, ClaimBalances balances) : IRequestHandler<Query, ClaimView>
    {
        public async Task<ClaimView> Handle(Query query, CancellationToken cancellationToken)
        {
            var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException("claim", query.Id.ToString());
            await access.RequireVisibleAsync(claim.PersonId, "claim", query.Id.ToString(), cancellationToken);
            return ClaimView.From(claim) with
            {
                Benefits = await ProjectAsync(claim, cancellationToken),
                HeldBack = await HeldBackView.ListAsync(db.PaymentHoldbacks.Where(h => h.ClaimId == claim.Id), db.PaymentRuns, db.Claims, balances, cancellationToken),
            };
        }

        /// <summary>A claim still to be paid, projected onto the next run: approved claims by what they still owe.</summary>
        private async Task<BenefitsEffectView?> ProjectAsync(Claim claim, CancellationToken cancellationToken)
        {
            switch (claim.Status)
            {
                case ClaimStatus.Submitted or ClaimStatus.Returned:
                    return await projection.ForAsync(claim.PersonId, claim.Involvement + claim.Prep + claim.Travel, claim.ExpensesTotal, claim.Id, cancellationToken);
                case ClaimStatus.Approved:
                    return await projection.ForApprovedAsync(claim, cancellationToken);
                default:
                    return null;
            }
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapGet("/{id:guid}", async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await mediator.Send(new Query(id), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin)
            .Produces<ClaimView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetClaim")
            .WithSummary("Get a claim");
}
