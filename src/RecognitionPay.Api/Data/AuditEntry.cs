using NodaTime;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data;

/// <summary>One recorded state change: who, when, what, and the state before and after where it helps.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public required Instant At { get; init; }

    public required Actor Actor { get; init; }

    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
