using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>
/// One claim with its lines, warnings and ETag, where it has got to in plain sentences, what is held back and the
/// projected effect of what it still owes; a co-producer sees only their own.
/// </summary>
public static class GetClaim
{
    public sealed record Query(ClaimId Id) : IRequest<ClaimView>;

    internal sealed class Handler(AppDbContext db, PersonAccess access, CurrentUser user, BenefitsProjection projection, ClaimProgressBook book) : IRequestHandler<Query, ClaimView>
    {
        public async Task<ClaimView> Handle(Query query, CancellationToken cancellationToken)
        {
            var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
                ?? throw new NotFoundRefusal("claim", query.Id.ToString());
            await access.RequireVisibleAsync(claim.PersonId, "claim", query.Id.ToString(), cancellationToken);
            var person = await db.People.Where(p => p.Id == claim.PersonId).Select(p => new { p.DisplayName, p.Email }).SingleAsync(cancellationToken);
            var progress = (await book.OfAsync([claim], cancellationToken))[claim.Id];
            return ClaimView.From(claim) with
            {
                Progress = progress.Sentences,
                Benefits = claim.Status == ClaimStatus.Submitted
                    ? await projection.ForAsync(claim.PersonId, claim.Involvement + claim.Prep + claim.Travel, claim.ExpensesTotal, claim.Id, cancellationToken)
                    : BenefitsProjection.View(progress.Effect),
                HeldBack = [.. progress.HeldBack.Select(HeldBackView.From)],
                PersonName = person.DisplayName,
                CannotApprove = access.IsStaff ? claim.WhyNotApprovable(user.Actor, person.Email)?.Message : null,
            };
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapGet("/{id:guid}", async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await mediator.Send(new Query(new ClaimId(id)), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin)
            .Produces<ClaimView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetClaim")
            .WithSummary("Get a claim");
}
