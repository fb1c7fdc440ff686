using NodaTime;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>Staff return a claim to the claimant to correct and send again, saying what to change.</summary>
public static class ReturnClaim
{
    public sealed record Command(Guid Id, string? IfMatch, DecisionReason Body) : IReasonedDecision;

    internal sealed class Validator : ReasonedDecisionValidator<Command>;

    internal sealed class Handler(ClaimLoading claims, CurrentUser user, IClock clock, AuditTrail audit)
        : ReasonedDecisionHandler<Command>(claims, user, clock, audit)
    {
        protected override string Action => "ClaimReturned";

        protected override void Decide(Claim claim, string decider, string reason, Instant at) => claim.Return(decider, reason, at);
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapReasonedDecision("return", (id, ifMatch, body) => new Command(id, ifMatch, body))
            .WithName("ReturnClaim")
            .WithSummary("Return a claim for correction, saying what to change");
}
