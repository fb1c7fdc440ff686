using NodaTime;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Tests.Policies;

public sealed class PolicyCatalogTests
{
    private sealed record Published(string Label, LocalDate EffectiveFrom);

    private static readonly Published V2024 = new("2024-04", new LocalDate(2024, 4, 6));
    private static readonly Published V2025 = new("2025-04", new LocalDate(2025, 4, 6));
    private static readonly Published V2026 = new("2026-04", new LocalDate(2026, 4, 6));

    private static string? LabelInForceOn(IEnumerable<Published> versions, string date) =>
        PolicyCatalog.InForceOn(versions, v => v.EffectiveFrom, Parse(date))?.Label;

    private static LocalDate Parse(string date) => NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

    [Theory]
    [InlineData("2024-04-05", null)]
    [InlineData("2024-04-06", "2024-04")]
    [InlineData("2025-04-05", "2024-04")]
    [InlineData("2025-04-06", "2025-04")]
    [InlineData("2026-01-31", "2025-04")]
    [InlineData("2026-04-06", "2026-04")]
    [InlineData("2040-01-01", "2026-04")]
    public void The_version_in_force_has_the_latest_effective_from_on_or_before_the_date(string date, string? label)
    {
        Assert.Equal(label, LabelInForceOn([V2024, V2025, V2026], date));
        Assert.Equal(label, LabelInForceOn([V2026, V2024, V2025], date));
    }

    [Theory]
    [InlineData("2025-04-06")]
    [InlineData("2025-12-01")]
    public void A_later_publication_with_the_same_effective_from_wins(string date)
    {
        var correction = new Published("2025-04b", V2025.EffectiveFrom);

        Assert.Equal("2025-04b", LabelInForceOn([V2024, V2025, correction], date));
        Assert.Equal("2025-04b", LabelInForceOn([V2025, V2024, correction], date));
        Assert.Equal("2025-04", LabelInForceOn([correction, V2024, V2025], date));
    }

    [Fact]
    public void No_versions_means_none_in_force()
    {
        Assert.Null(LabelInForceOn([], "2025-06-01"));
    }

    [Fact]
    public void Recognition_policies_are_chosen_by_their_effective_from()
    {
        RecognitionPolicy[] policies =
        [
            TestPolicy.Example(),
            TestPolicy.Like().WithVersion("2026-04", new LocalDate(2026, 4, 6)).Build(),
        ];

        var chosen = PolicyCatalog.InForceOn(policies, p => p.EffectiveFrom, new LocalDate(2026, 4, 5));

        Assert.Equal("2025-04", chosen?.Version.Label);
    }
}
