using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>A staff decision that must say why (reject, return): the shape RejectClaim and ReturnClaim share.</summary>
public interface IReasonedDecision : ICommand<ClaimView>
{
    Guid Id { get; }

    string? IfMatch { get; }

    DecisionReason Body { get; }
}

internal abstract class ReasonedDecisionValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IReasonedDecision
{
    protected ReasonedDecisionValidator() => RuleFor(c => c.Body).ValidatedAsSent(new DecisionReasonValidator());
}

internal abstract class ReasonedDecisionHandler<TCommand>(ClaimLoading claims, CurrentUser user, IClock clock, AuditTrail audit)
    : IRequestHandler<TCommand, ClaimView>
    where TCommand : IReasonedDecision
{
    /// <summary>The audit action, such as "ClaimRejected".</summary>
    protected abstract string Action { get; }

    protected abstract void Decide(Claim claim, string decider, string reason, Instant at);

    public async Task<ClaimView> Handle(TCommand command, CancellationToken cancellationToken)
    {
        var (claim, _) = await claims.ForChangeAsync(command.Id, command.IfMatch, cancellationToken);
        var before = claim.Status.ToString();
        Decide(claim, user.Actor, command.Body.Reason!, clock.GetCurrentInstant());
        var view = ClaimView.From(claim);
        audit.Record(Action, "Claim", claim.Id.ToString(), new { status = before }, new { view.Status, view.Reason, view.Version });
        return view;
    }
}

internal static class ReasonedDecisionRoutes
{
    /// <summary>POST /{id}/{verb} {reason} for staff, with If-Match, answering the claim and its new ETag.</summary>
    public static RouteHandlerBuilder MapReasonedDecision<TCommand>(this RouteGroupBuilder claims, string verb, Func<Guid, string?, DecisionReason, TCommand> command)
        where TCommand : IReasonedDecision =>
        claims.MapPost($"/{{id:guid}}/{verb}", async (Guid id, DecisionReason body, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await mediator.Send(command(id, request.Headers.IfMatch, body), cancellationToken)))
            .RequireRoles(Roles.Staff)
            .Produces<ClaimView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
