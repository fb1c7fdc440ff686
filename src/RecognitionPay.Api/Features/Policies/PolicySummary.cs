using NodaTime;
using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>One line of the policy list: which version, from when, published by whom.</summary>
public sealed record PolicySummary(string Version, LocalDate EffectiveFrom, Instant PublishedAt, string PublishedBy, string Title, string Summary)
{
    public static PolicySummary From(PublishedPolicy p) => new(p.Version, p.EffectiveFrom, p.PublishedAt, p.PublishedBy.Name, p.Title, p.Summary);
}
