using NodaTime;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Tests;

/// <summary>
/// Everything a state change could touch on a claim, to compare before and after. The lines are compared by
/// reference: a refused change must not even replace them.
/// </summary>
internal sealed record ClaimState(
    ClaimStatus Status,
    long Version,
    string SubmittedBy,
    Instant SubmittedAt,
    string? DecidedBy,
    Instant? DecidedAt,
    string? Reason,
    string PolicyVersion,
    Money Total,
    IReadOnlyList<ClaimLine> Lines,
    ClaimDetails Details)
{
    public static ClaimState Of(Claim claim) => new(
        claim.Status, claim.Version, claim.SubmittedBy.Name, claim.SubmittedAt, claim.DecidedBy?.Name, claim.DecidedAt, claim.Reason,
        claim.PolicyVersion, claim.Total, claim.Lines, claim.Details);
}
