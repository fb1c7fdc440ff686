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

    internal sealed class Handler(AppDbContext db, PersonAccess access, CurrentUser user, BenefitsProjection projection, ClaimBalances balances) : IRequestHandler<Query, ClaimView>
    {
        public async Task<ClaimView> Handle(Query query, CancellationToken cancellationToken)
        {
            var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
                ?? throw new NotFoundRefusal("claim", query.Id.ToString());
            await access.RequireVisibleAsync(claim.PersonId, "claim", query.Id.ToString(), cancellationToken);
            var person = await db.People.Where(p => p.Id == claim.PersonId).Select(p => new { p.PaymentMethod, p.DisplayName, p.Email }).SingleAsync(cancellationToken);
            var held = await HeldBackView.NowAsync(db.PaymentHoldbacks.Where(h => h.ClaimId == claim.Id), db.PaymentRuns, db.Claims, balances, cancellationToken);
            var payments = await (
                    from part in db.PaymentItemClaims
                    where part.ClaimId == claim.Id
                    join item in db.PaymentItems on part.ItemId equals item.Id
                    join run in db.PaymentRuns on item.RunId equals run.Id
                    select new ClaimPayment(run.PaymentDate, part.Amount, item.Status, item.FailureReason))
                .ToListAsync(cancellationToken);
            var owed = claim.Status == ClaimStatus.Approved
                ? (await balances.OfAsync(db.Claims.Where(c => c.Id == claim.Id), cancellationToken)).Aggregate(Money.Zero, (sum, b) => sum + b.OwedPay + b.OwedExpenses)
                : Money.Zero;
            var effect = claim.Status == ClaimStatus.Approved ? await projection.ForApprovedAsync(claim, cancellationToken) : null;
            var next = effect is null ? null : ExpectedPayment.Of(effect);
            return ClaimView.From(claim) with
            {
                Progress = ClaimProgress.Sentences(claim, person.PaymentMethod, payments, held, owed, next),
                Benefits = claim.Status == ClaimStatus.Submitted
                    ? await projection.ForAsync(claim.PersonId, claim.Involvement + claim.Prep + claim.Travel, claim.ExpensesTotal, claim.Id, cancellationToken)
                    : BenefitsProjection.View(effect),
                HeldBack = [.. held.Select(HeldBackView.From)],
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
