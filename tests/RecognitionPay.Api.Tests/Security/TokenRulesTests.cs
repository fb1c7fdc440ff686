using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>A token carries one role and at most 7 days of life; a 403 says in a sentence what the role may not do.</summary>
public sealed class TokenRulesTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private HttpClient With(object role, TimeSpan? lifetime = null, string email = "forger@council.example")
    {
        var now = DateTime.UtcNow;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalTokens.Issuer,
            Audience = LocalTokens.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = new Dictionary<string, object> { ["sub"] = email, [LocalTokens.EmailClaim] = email, [LocalTokens.RoleClaim] = role },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> Forbidden(HttpResponseMessage response)
    {
        await response.AssertProblem(HttpStatusCode.Forbidden);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!;
    }

    [Fact]
    public async Task A_token_with_several_roles_approves_nothing_and_is_told_why()
    {
        await app.RegisterPerson("roles.claimant@example.org");
        var claim = await app.As(Roles.CoProducer, "roles.claimant@example.org").SubmitOk(Scenario.Meeting());

        var response = await With(new[] { Roles.Staff, Roles.Finance }).Decide((Guid)claim["id"]!, "approve");

        Assert.Contains("more than one role", await Forbidden(response), StringComparison.Ordinal);
        Assert.Equal("Submitted", (string?)(await app.As(Roles.Staff).GetFromJsonAsync<JsonObject>($"/api/v1/claims/{claim["id"]}"))!["status"]);
    }

    [Fact]
    public async Task A_token_with_a_role_the_contract_does_not_name_is_refused_with_the_roles_there_are()
    {
        var response = await With("Superuser").GetAsync("/api/v1/policies");

        Assert.Contains("CoProducer, Staff, Finance, PolicyOwner, Admin", await Forbidden(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_living_more_than_7_days_is_refused_and_the_challenge_says_only_that_it_is_invalid()
    {
        var longLived = await With(Roles.Finance, TimeSpan.FromDays(8)).GetAsync("/api/v1/batches");
        var sevenDays = await With(Roles.Finance, TimeSpan.FromDays(7)).GetAsync("/api/v1/batches");
        var missing = await app.Anonymous().GetAsync("/api/v1/batches");

        await longLived.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", longLived.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.OK, sevenDays.StatusCode);
        await missing.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_forbidden_route_says_what_the_role_may_not_do_and_who_may()
    {
        var response = await app.As(Roles.Finance).PostAsJsonAsync("/api/v1/activities", new { });

        Assert.Equal("As Finance you may not do this: it is for Staff only.", await Forbidden(response));
    }

    [Theory]
    [InlineData(Roles.PolicyOwner)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    public async Task Only_staff_may_name_a_person_on_a_quote(string role)
    {
        var person = await app.RegisterPerson($"quoted.{role.ToLowerInvariant()}@example.org");
        var body = new { activityTypeCode = "meeting", activityDate = "2026-11-20", attendedMinutes = 60, personId = person };

        var refused = await app.As(role).PostAsJsonAsync("/api/v1/quotes", body);
        var staff = await app.As(Roles.Staff).PostAsJsonAsync("/api/v1/quotes", body);

        Assert.Contains("only staff may name personId", await Forbidden(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Fact]
    public async Task A_co_producer_naming_someone_else_on_a_quote_is_a_400()
    {
        var other = await app.RegisterPerson("quoted.other@example.org");
        await app.RegisterPerson("quoted.self@example.org");

        var response = await app.As(Roles.CoProducer, "quoted.self@example.org").PostAsJsonAsync("/api/v1/quotes", new { activityTypeCode = "meeting", activityDate = "2026-11-20", attendedMinutes = 60, personId = other });

        await response.AssertInvalidField("personId");
    }

    [Fact]
    public async Task Whoever_approved_a_claim_may_not_mark_its_run_paid_even_with_a_finance_token()
    {
        await app.RegisterPerson("roles.paid@example.org");
        var claim = await app.As(Roles.CoProducer, "roles.paid@example.org").SubmitOk(Scenario.Meeting());
        await app.As(Roles.Staff, "dual.role@council.example").Decide((Guid)claim["id"]!, "approve");
        var run = await app.As(Roles.Finance, "finance@council.example").CreateRunOk();

        var response = await app.As(Roles.Finance, "dual.role@council.example").PostAsync($"/api/v1/batches/{run["id"]}/paid", null);

        await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal("ApproverCannotConfirm", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]);
        Assert.Equal(HttpStatusCode.OK, (await app.As(Roles.Finance, "finance@council.example").PostAsync($"/api/v1/batches/{run["id"]}/paid", null)).StatusCode);
    }

    [Fact]
    public async Task The_jobs_dashboard_triggers_nothing()
    {
        var before = await app.InDatabase(db => db.PaymentRuns.CountAsync());

        var response = await app.As(Roles.Admin).PostAsync("/hangfire/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "payment-run")]));

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(before, await app.InDatabase(db => db.PaymentRuns.CountAsync()));
    }
}
