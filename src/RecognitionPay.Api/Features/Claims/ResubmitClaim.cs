using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Claims.Journey;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>A returned claim, corrected by the claimant (or staff for them), is priced again and waits for a decision.</summary>
public static class ResubmitClaim
{
    /// <param name="FromDraft">Sent from the claim pages: the claimant's draft is used up and its new receipts go with the claim.</param>
    public sealed record Command(ClaimId Id, string? IfMatch, ClaimInput Claim, bool FromDraft = false) : ICommand<ClaimView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Claim).ValidatedAsSent(new ClaimInputValidator(forQuote: false));
    }

    internal sealed class Handler(AppDbContext db, ClaimLoading claims, ClaimPricing pricing, CurrentUser user, IClock clock, AuditTrail audit) : IRequestHandler<Command, ClaimView>
    {
        public async Task<ClaimView> Handle(Command command, CancellationToken cancellationToken)
        {
            var (claim, claimant) = await claims.ForChangeAsync(command.Id, command.IfMatch, cancellationToken);
            if (command.Claim.PersonId is { } personId && new PersonId(personId) != claim.PersonId)
            {
                throw new InvalidFieldRefusal("personId", "A claim stays with the person it was made for.");
            }

            var before = ClaimView.From(claim);
            var (details, priced) = await pricing.PriceClaimAsync(command.Claim with { ActivityId = command.Claim.ActivityId ?? claim.ActivityId?.Value }, claimant, claim.Id, cancellationToken);
            claim.Resubmit(details, priced, user.Actor, clock.GetCurrentInstant());
            if (command.FromDraft)
            {
                await ClaimDrafts.FinishAsync(db, claim.PersonId, claim.Id, cancellationToken);
            }

            var view = ClaimView.From(claim);
            audit.Record("ClaimResubmitted", "Claim", claim.Id.ToString(), before, view);
            return view;
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/{id:guid}/resubmit", async (Guid id, ClaimInput claim, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await mediator.Send(new Command(new ClaimId(id), request.Headers.IfMatch, claim), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff)
            .Produces<ClaimView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("ResubmitClaim")
            .WithSummary("Send a returned claim again, corrected");
}
