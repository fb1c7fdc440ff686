using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Claims;

public sealed class SubmitClaimTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task A_co_producer_claims_for_themself_and_the_claim_is_priced_under_the_policy_in_force_on_its_date()
    {
        var personId = await app.RegisterPerson("alex@example.org");
        var alex = app.As(Roles.CoProducer, "alex@example.org");

        var response = await alex.Submit(Scenario.Meeting());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag?.Tag);
        var claim = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Submitted", (string?)claim["status"]);
        Assert.Equal(personId, (Guid)claim["personId"]!);
        Assert.Equal("2026-04", (string?)claim["policyVersion"]);
        Assert.Equal(Scenario.MeetingTotalPence, (long?)claim["totalPence"]);
        Assert.Equal(3, claim["lines"]!.AsArray().Count);
        Assert.Equal($"/api/v1/claims/{claim["id"]}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_claim_made_just_after_a_new_version_took_effect_is_priced_under_the_version_in_force_on_the_activity_date()
    {
        await app.RegisterPerson("abe@example.org");
        app.Clock.Reset(NodaTime.Instant.FromUtc(2026, 4, 20, 12, 0));
        try
        {
            var earlier = await app.As(Roles.CoProducer, "abe@example.org").SubmitOk(Scenario.Meeting(date: "2026-04-05"));
            var later = await app.As(Roles.CoProducer, "abe@example.org").SubmitOk(Scenario.Meeting(date: "2026-04-06"));

            Assert.Equal("2025-04", (string?)earlier["policyVersion"]);
            Assert.Equal("2026-04", (string?)later["policyVersion"]);
        }
        finally
        {
            app.Clock.Reset(RecognitionPayApp.Now);
        }
    }

    [Fact]
    public async Task Staff_claim_on_someones_behalf_by_naming_them()
    {
        var personId = await app.RegisterPerson("bea@example.org");

        var claim = await app.As(Roles.Staff, Scenario.StaffEmail).SubmitOk(Scenario.Meeting(personId));

        Assert.Equal(personId, (Guid)claim["personId"]!);
        Assert.Equal(Scenario.StaffEmail, (string?)claim["submittedBy"]);
    }

    [Fact]
    public async Task The_same_key_and_body_return_the_same_claim_and_a_different_body_is_a_conflict()
    {
        await app.RegisterPerson("cal@example.org");
        var cal = app.As(Roles.CoProducer, "cal@example.org");
        var first = await cal.SubmitOk(Scenario.Meeting(), key: "cal-claim-1");
        var before = await app.Counts();

        var again = await cal.SubmitOk(Scenario.Meeting(), key: "cal-claim-1");
        var different = await cal.Submit(Scenario.Meeting(attended: 120), key: "cal-claim-1");

        Assert.Equal((string?)first["id"], (string?)again["id"]);
        await different.AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal(before, await app.Counts());
    }

    [Fact]
    public async Task Twenty_concurrent_submissions_with_one_key_all_answer_with_the_one_claim()
    {
        await app.RegisterPerson("racing.key@example.org");
        var racer = app.As(Roles.CoProducer, "racing.key@example.org");
        var before = await app.Counts();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => racer.Submit(Scenario.Meeting(), key: "racing-key-1")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = await Task.WhenAll(answers.Select(async a => (string?)(await a.Content.ReadFromJsonAsync<JsonObject>())!["id"]));
        Assert.Single(ids.Distinct());
        Assert.Equal(before.Claims + 1, (await app.Counts()).Claims);
    }

    [Fact]
    public async Task A_claim_without_an_idempotency_key_is_refused_naming_the_header()
    {
        await app.RegisterPerson("dee@example.org");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims") { Content = JsonContent.Create(Scenario.Meeting()) };

        var response = await app.As(Roles.CoProducer, "dee@example.org").SendAsync(request);

        await response.AssertInvalidField("Idempotency-Key");
    }

    public static TheoryData<string, string> BadClaims => new()
    {
        { "activityDate", """{"activityTypeCode":"meeting","activityDate":"2026-11-25","attendedMinutes":60,"recognition":"payment"}""" },
        { "activityDate", """{"activityTypeCode":"meeting","activityDate":"2026-08-25","attendedMinutes":60,"recognition":"payment"}""" },
        { "activityTypeCode", """{"activityTypeCode":"knitting","activityDate":"2026-11-20","attendedMinutes":60,"recognition":"payment"}""" },
        { "expenses[0].categoryCode", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"recognition":"payment","expenses":[{"categoryCode":"yacht","amountPence":5}]}""" },
        { "attendedMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":-60,"recognition":"payment"}""" },
        { "expenses[0].amountPence", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"recognition":"payment","expenses":[{"categoryCode":"taxi","amountPence":99999999}]}""" },
        { "recognition", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60}""" },
        { "note", $$"""{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"recognition":"payment","note":"{{new string('x', 2001)}}"}""" },
        { "activityId", """{"activityId":"0195f1a2-0000-7000-8000-000000000000","attendedMinutes":60,"recognition":"payment"}""" },
    };

    [Theory]
    [MemberData(nameof(BadClaims))]
    public async Task A_bad_claim_is_refused_naming_the_field_and_changes_nothing(string field, string body)
    {
        var email = $"refused-{Guid.NewGuid():N}@example.org";
        await app.RegisterPerson(email);
        var before = await app.Counts();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await app.As(Roles.CoProducer, email).SendAsync(request);

        await response.AssertInvalidFieldInWords(field);
        Assert.Equal(before, await app.Counts());
    }

    [Fact]
    public async Task A_co_producer_cannot_claim_for_someone_else()
    {
        var other = await app.RegisterPerson("eve@example.org");
        await app.RegisterPerson("fin@example.org");

        var response = await app.As(Roles.CoProducer, "fin@example.org").Submit(Scenario.Meeting(other));

        await response.AssertInvalidField("personId");
    }

    [Fact]
    public async Task A_co_producer_nobody_registered_cannot_claim()
    {
        var response = await app.As(Roles.CoProducer, "stranger@example.org").Submit(Scenario.Meeting());

        await response.AssertProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_claim_for_a_registered_activity_takes_its_type_date_and_agreed_preparation()
    {
        var personId = await app.RegisterPerson("gus@example.org");
        var staff = app.As(Roles.Staff, Scenario.StaffEmail);
        var activity = await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            title = "Carers' strategy board",
            activityTypeCode = "meeting",
            date = "2026-11-18",
            plannedMinutes = 120,
            prepAllowanceMinutes = 30,
        })).Content.ReadFromJsonAsync<JsonObject>();

        var claim = await app.As(Roles.CoProducer, "gus@example.org").SubmitOk(new
        {
            activityId = (Guid)activity!["id"]!,
            attendedMinutes = 120,
            prepMinutes = 60,
            recognition = "payment",
        });

        Assert.Equal("2026-11-18", (string?)claim["activityDate"]);
        Assert.Equal(personId, (Guid)claim["personId"]!);
        Assert.Equal(5000 + 1250, (long?)claim["totalPence"]);
        Assert.Contains(claim["warnings"]!.AsArray(), w => (string?)w!["code"] == "PrepOverLimit");
    }
}
