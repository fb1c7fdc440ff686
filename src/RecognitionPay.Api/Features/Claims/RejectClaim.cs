using NodaTime;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>Staff reject a claim, saying why. Nothing is paid.</summary>
public static class RejectClaim
{
    public sealed record Command(Guid Id, string? IfMatch, DecisionReason Body) : IReasonedDecision;

    internal sealed class Validator : ReasonedDecisionValidator<Command>;

    internal sealed class Handler(ClaimLoading claims, CurrentUser user, IClock clock, AuditTrail audit)
        : ReasonedDecisionHandler<Command>(claims, user, clock, audit)
    {
        protected override string Action => "ClaimRejected";

        protected override void Decide(Claim claim, string decider, string reason, Instant at) => claim.Reject(decider, reason, at);
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapReasonedDecision("reject", (id, ifMatch, body) => new Command(id, ifMatch, body))
            .WithName("RejectClaim")
            .WithSummary("Reject a claim, saying why");
}
