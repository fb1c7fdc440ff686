using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Policies;

public sealed class PublishPolicyTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _owner = app.As(Roles.PolicyOwner, "owner@council.example");

    [Fact]
    public async Task A_policy_owner_publishes_a_version_that_can_be_read_back_and_is_audited()
    {
        var response = await _owner.Publish(PolicyDocuments.Valid("2027-01", "2027-01-01"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/policies/2027-01", response.Headers.Location?.OriginalString);
        var summary = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("owner@council.example", (string?)summary!["publishedBy"]);
        Assert.Equal("2026-11-24T12:00:00Z", (string?)summary["publishedAt"]);
        var stored = await _owner.GetFromJsonAsync<JsonObject>("/api/v1/policies/2027-01");
        Assert.Equal(3000, (long?)stored!["activityTypes"]![0]!["pay"]!["hourlyPence"]);
        var audit = await app.InDatabase(db => db.AuditEntries.Where(a => a.EntityType == "Policy" && a.EntityId == "2027-01").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("PolicyPublished", entry.Action);
        Assert.Equal("owner@council.example", entry.Actor);
        Assert.Equal(RecognitionPayApp.Now, entry.At);
    }

    [Fact]
    public async Task A_policy_can_be_published_as_yaml_and_read_back_as_yaml()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Policies, "2026-04.yaml"));
        yaml = yaml.Replace("version: \"2026-04\"", "version: \"2027-yaml\"", StringComparison.Ordinal)
            .Replace("effectiveFrom: 2026-04-06", "effectiveFrom: 2027-02-01", StringComparison.Ordinal);

        var response = await _owner.PostAsync("/api/v1/policies", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/policies/2027-yaml");
        request.Headers.Accept.ParseAdd("application/yaml");
        var read = await _owner.SendAsync(request);
        Assert.Equal("application/yaml", read.Content.Headers.ContentType?.MediaType);
        var text = await read.Content.ReadAsStringAsync();
        Assert.Contains("effectiveFrom: 2027-02-01", text, StringComparison.Ordinal);
        Assert.Contains("code: interview-panel", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_taking_effect_before_today_is_refused_and_nothing_is_stored()
    {
        var before = await CountPoliciesAndAudit();

        var response = await _owner.Publish(PolicyDocuments.Valid("backdated", "2026-11-23"));

        var messages = await response.AssertInvalidField("effectiveFrom");
        Assert.Contains(messages, m => m.Contains("before today", StringComparison.Ordinal));
        Assert.Equal(before, await CountPoliciesAndAudit());
    }

    [Fact]
    public async Task A_version_taking_effect_today_is_accepted()
    {
        var response = await _owner.Publish(PolicyDocuments.Valid("today", "2026-11-24"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_published_version_is_immutable_so_publishing_it_again_is_a_conflict()
    {
        Assert.Equal(HttpStatusCode.Created, (await _owner.Publish(PolicyDocuments.Valid("2027-06", "2027-06-01"))).StatusCode);
        var before = await CountPoliciesAndAudit();

        var again = await _owner.Publish(PolicyDocuments.Valid("2027-06", "2027-06-01", meetingHourlyPence: 9900));

        await again.AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal(before, await CountPoliciesAndAudit());
        var stored = await _owner.GetFromJsonAsync<JsonObject>("/api/v1/policies/2027-06");
        Assert.Equal(3000, (long?)stored!["activityTypes"]![0]!["pay"]!["hourlyPence"]);
    }

    [Fact]
    public async Task The_shipped_policy_files_cannot_be_published_over()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Policies, "2025-04.yaml"));

        var response = await _owner.PostAsync("/api/v1/policies", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(Roles.CoProducer)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    public async Task Only_a_policy_owner_may_publish(string role)
    {
        var before = await CountPoliciesAndAudit();

        var response = await app.As(role).Publish(PolicyDocuments.Valid($"by-{role.ToLowerInvariant()}", "2027-03-01"));

        await response.AssertProblem(HttpStatusCode.Forbidden);
        Assert.Equal(before, await CountPoliciesAndAudit());
    }

    [Fact]
    public async Task Publishing_without_a_token_is_unauthorised()
    {
        var response = await app.Anonymous().Publish(PolicyDocuments.Valid("anonymous", "2027-03-01"));

        await response.AssertProblem(HttpStatusCode.Unauthorized);
    }

    private Task<(int Policies, int Audit)> CountPoliciesAndAudit() =>
        app.InDatabase(async db => (await db.Policies.CountAsync(), await db.AuditEntries.CountAsync()));
}
