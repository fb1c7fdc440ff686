using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>Staff approve a claim someone else submitted; every approved penny is posted to the person's payable.</summary>
public static class ApproveClaim
{
    public sealed record Command(ClaimId Id, string? IfMatch) : ICommand<ClaimView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty().WithMessage("No claim has the all-zero id.");
    }

    internal sealed class Handler(ClaimLoading claims, LedgerJournal ledger, CurrentUser user, IClock clock, AuditTrail audit)
        : IRequestHandler<Command, ClaimView>
    {
        public async Task<ClaimView> Handle(Command command, CancellationToken cancellationToken)
        {
            var (claim, claimant) = await claims.ForChangeAsync(command.Id, command.IfMatch, cancellationToken);
            var before = claim.Status.ToString();
            claim.Approve(user.Actor, claimant.Email, clock.GetCurrentInstant());
            if (Postings.ClaimApproved(claim) is { } entry)
            {
                ledger.Post(entry, claim.Id, claim.PersonId);
            }

            var view = ClaimView.From(claim);
            audit.Record("ClaimApproved", "Claim", claim.Id.ToString(), new { status = before }, new { view.Status, view.TotalPence, view.Version });
            return view;
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/{id:guid}/approve", async (Guid id, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await mediator.Send(new Command(new ClaimId(id), request.Headers.IfMatch), cancellationToken)))
            .RequireRoles(Roles.Staff)
            .Produces<ClaimView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("ApproveClaim")
            .WithSummary("Approve a claim (not one you submitted)");
}
