using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Policies;

/// <summary>The version in force on a date is the latest effective-from on or before it, across every published version.</summary>
public sealed class PolicyInForceTests : IClassFixture<RecognitionPayApp>, IAsyncLifetime
{
    private readonly RecognitionPayApp _app;
    private readonly HttpClient _reader;

    public PolicyInForceTests(RecognitionPayApp app)
    {
        _app = app;
        _reader = app.As(Roles.CoProducer);
    }

    public async Task InitializeAsync()
    {
        var owner = _app.As(Roles.PolicyOwner);
        foreach (var (version, from) in new[] { ("2027-04", "2027-04-06"), ("2027-04b", "2027-04-06") })
        {
            var response = await owner.Publish(PolicyDocuments.Valid(version, from));
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
            _app.Clock.AdvanceSeconds(1);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2025-04-06", "2025-04")]
    [InlineData("2025-06-01", "2025-04")]
    [InlineData("2026-04-05", "2025-04")]
    [InlineData("2026-04-06", "2026-04")]
    [InlineData("2027-04-05", "2026-04")]
    [InlineData("2027-04-06", "2027-04b")]
    [InlineData("2030-01-01", "2027-04b")]
    public async Task The_latest_version_effective_on_or_before_the_date_is_in_force(string on, string expected)
    {
        var document = await _reader.GetFromJsonAsync<JsonObject>($"/api/v1/policies/in-force?on={on}");

        Assert.Equal(expected, (string?)document!["version"]);
    }

    [Fact]
    public async Task Without_a_date_the_version_in_force_today_is_answered()
    {
        var document = await _reader.GetFromJsonAsync<JsonObject>("/api/v1/policies/in-force");

        Assert.Equal("2026-04", (string?)document!["version"]);
    }

    [Fact]
    public async Task Before_any_version_took_effect_nothing_is_in_force()
    {
        var response = await _reader.GetAsync("/api/v1/policies/in-force?on=2020-01-01");

        await response.AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused_naming_the_parameter()
    {
        var response = await _reader.GetAsync("/api/v1/policies/in-force?on=1st-June");

        await response.AssertInvalidField("on");
    }

    [Fact]
    public async Task The_list_shows_every_version_in_effective_order_with_who_published_it()
    {
        var list = await _reader.GetFromJsonAsync<JsonArray>("/api/v1/policies");

        var versions = list!.Select(p => (string?)p!["version"]).ToList();
        Assert.Equal(["2025-04", "2026-04", "2027-04", "2027-04b"], versions);
        Assert.Equal("system", (string?)list![0]!["publishedBy"]);
        Assert.False(string.IsNullOrEmpty((string?)list[0]!["summary"]));
    }

    [Fact]
    public async Task An_unknown_version_is_not_found()
    {
        var response = await _reader.GetAsync("/api/v1/policies/1999-01");

        await response.AssertProblem(HttpStatusCode.NotFound);
    }
}
