using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>The claimant (or staff for them) takes a claim back before it is decided.</summary>
public static class WithdrawClaim
{
    public sealed record Command(ClaimId Id, string? IfMatch) : ICommand<ClaimView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty().WithMessage("No claim has the all-zero id.");
    }

    internal sealed class Handler(ClaimLoading claims, CurrentUser user, IClock clock, AuditTrail audit) : IRequestHandler<Command, ClaimView>
    {
        public async Task<ClaimView> Handle(Command command, CancellationToken cancellationToken)
        {
            var (claim, _) = await claims.ForChangeAsync(command.Id, command.IfMatch, cancellationToken);
            var before = claim.Status.ToString();
            claim.Withdraw(user.Actor, clock.GetCurrentInstant());
            var view = ClaimView.From(claim);
            audit.Record("ClaimWithdrawn", "Claim", claim.Id.ToString(), new { status = before }, new { view.Status, view.Version });
            return view;
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/{id:guid}/withdraw", async (Guid id, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await mediator.Send(new Command(new ClaimId(id), request.Headers.IfMatch), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff)
            .Produces<ClaimView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("WithdrawClaim")
            .WithSummary("Withdraw a claim before it is decided");
}
