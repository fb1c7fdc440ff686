using NodaTime;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data;

/// <summary>An Idempotency-Key a caller used, the hash of what they sent with it, and the claim it made.</summary>
public sealed class IdempotencyRecord
{
    public required Actor Actor { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public ClaimId ClaimId { get; init; }

    public Instant CreatedAt { get; init; }
}
