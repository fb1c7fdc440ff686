using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Features.Claims.Journey;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>Staff return a claim to the claimant to correct and send again, saying what to change.</summary>
public static class ReturnClaim
{
    /// <param name="Change">Optionally, the answer to change, by the claim pages' name for its question (how-long, receipts...): the pages open there.</param>
    public sealed record ReturnReason(string? Reason, string? Change = null)
    {
        /// <summary>The reason, as every decision that needs one is checked.</summary>
        [JsonIgnore]
        public DecisionReason Decision => new(Reason);
    }

    public sealed record Command(ClaimId Id, string? IfMatch, ReturnReason Body) : ICommand<ClaimView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.Decision).ValidatedAsSent(new DecisionReasonValidator());
            RuleFor(c => c.Body.Change).Must(q => q is null || ClaimQuestions.ToChange.ContainsKey(q))
                .WithMessage($"Change names a question of the claim: {string.Join(", ", ClaimQuestions.ToChange.Keys)}.")
                .OverridePropertyName("change");
        }
    }

    internal sealed class Handler(ClaimLoading claims, CurrentUser user, IClock clock, AuditTrail audit)
        : IRequestHandler<Command, ClaimView>
    {
        public async Task<ClaimView> Handle(Command command, CancellationToken cancellationToken)
        {
            var (claim, _) = await claims.ForChangeAsync(command.Id, command.IfMatch, cancellationToken);
            var before = claim.Status.ToString();
            claim.Return(user.Actor, command.Body.Reason!, clock.GetCurrentInstant(), command.Body.Change);
            var view = ClaimView.From(claim);
            audit.Record("ClaimReturned", "Claim", claim.Id.ToString(), new { status = before }, new { view.Status, view.Reason, view.AnswerToChange, view.Version });
            return view;
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/{id:guid}/return", async (Guid id, ReturnReason body, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await mediator.Send(new Command(new ClaimId(id), request.Headers.IfMatch, body), cancellationToken)))
            .RequireRoles(Roles.Staff)
            .Produces<ClaimView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("ReturnClaim")
            .WithSummary("Return a claim for correction, saying what to change");
}
