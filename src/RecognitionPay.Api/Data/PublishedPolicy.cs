using NodaTime;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data;

/// <summary>A published policy version as stored: never updated, never deleted.</summary>
public sealed class PublishedPolicy
{
    public required string Version { get; init; }

    public required LocalDate EffectiveFrom { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required Instant PublishedAt { get; init; }

    public required Actor PublishedBy { get; init; }

    /// <summary>The whole document as canonical JSON (camelCase, as policy-format.md names the fields).</summary>
    public required string Document { get; init; }
}
