using NodaTime;

namespace RecognitionPay.Api.Data;

/// <summary>Something co-producers take part in: a meeting, a panel, a workshop, on a date.</summary>
public sealed class Activity
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public required string ActivityTypeCode { get; init; }

    public LocalDate Date { get; init; }

    public int PlannedMinutes { get; init; }

    /// <summary>Preparation agreed for this activity; it can only lower what the policy pays.</summary>
    public int? PrepAllowanceMinutes { get; init; }

    public required string CreatedBy { get; init; }

    public Instant CreatedAt { get; init; }
}
