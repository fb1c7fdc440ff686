using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Quotes;

/// <summary>Quotes against the shipped default policy (policies/2026-04.yaml: £25 an hour, 15-minute units).</summary>
public sealed class GetQuoteTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _client = app.As(Roles.CoProducer);

    [Fact]
    public async Task A_meeting_with_preparation_travel_and_expenses_is_priced_exactly_with_every_line_explained()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/quotes", new
        {
            activityTypeCode = "meeting",
            activityDate = "2026-11-20",
            attendedMinutes = 100,
            prepMinutes = 150,
            travelMinutes = 60,
            expenses = new object[]
            {
                new { categoryCode = "mileage-car", miles = 12.4m },
                new { categoryCode = "public-transport", amountPence = 1250 },
                new { categoryCode = "home-online" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quote = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("2026-04", (string?)quote["policyVersion"]);
        Assert.Equal(4375, (long?)quote["involvementPence"]);
        Assert.Equal(2500, (long?)quote["prepPence"]);
        Assert.Equal(2500, (long?)quote["travelPence"]);
        Assert.Equal(558 + 1250 + 500, (long?)quote["expensesPence"]);
        Assert.Equal(4375 + 2500 + 2500 + 2308, (long?)quote["totalPence"]);
        var lines = quote["lines"]!.AsArray();
        Assert.Equal((long?)quote["totalPence"], lines.Sum(l => (long)l!["amountPence"]!));
        Assert.Equal("1 hour 45 minutes at £25 an hour", (string?)lines[0]!["description"]);
        Assert.Equal("1 hour of preparation, the most this activity pays for, at £25 an hour", (string?)lines[1]!["description"]);
        Assert.Equal(12.4m, (decimal?)lines[3]!["quantity"]);
        Assert.Equal("miles", (string?)lines[3]!["unit"]);
        var codes = quote["warnings"]!.AsArray().Select(w => (string?)w!["code"]).ToList();
        Assert.Equal(["PrepOverLimit", "ReceiptMissing"], codes);
    }

    [Fact]
    public async Task An_activity_before_the_2026_version_is_priced_under_the_version_in_force_on_its_date()
    {
        var quote = await Quote(new { activityTypeCode = "survey", activityDate = "2025-05-01", attendedMinutes = 20 });

        Assert.Equal("2025-04", (string?)quote["policyVersion"]);
        Assert.Equal(0, (long?)quote["totalPence"]);
    }

    [Fact]
    public async Task A_survey_is_quoted_without_saying_how_long_it_took()
    {
        var quote = await Quote(new { activityTypeCode = "survey", activityDate = "2026-11-20", expenses = new object[] { new { categoryCode = "home-online" } } });

        Assert.Equal(0, (long?)quote["involvementPence"]);
        Assert.Equal(500, (long?)quote["totalPence"]);
    }

    [Fact]
    public async Task A_missing_time_is_asked_for_in_words()
    {
        var response = await _client.PostAsync("/api/v1/quotes", new StringContent("""{"activityTypeCode":"meeting","activityDate":"2026-11-20"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(["Say how long you took part, in minutes."], await response.AssertInvalidFieldInWords("attendedMinutes"));
    }

    [Fact]
    public async Task Declining_payment_keeps_expenses_and_says_so()
    {
        var quote = await Quote(new
        {
            activityTypeCode = "meeting",
            activityDate = "2026-11-20",
            attendedMinutes = 60,
            recognition = "decline",
            expenses = new object[] { new { categoryCode = "home-online" } },
        });

        Assert.Equal(0, (long?)quote["involvementPence"]);
        Assert.Equal(500, (long?)quote["totalPence"]);
        Assert.Contains(quote["warnings"]!.AsArray(), w => (string?)w!["code"] == "Declined");
    }

    [Theory]
    [InlineData("activityTypeCode", """{"activityTypeCode":"knitting","activityDate":"2026-11-20","attendedMinutes":60}""")]
    [InlineData("expenses[0].categoryCode", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"categoryCode":"yacht"}]}""")]
    [InlineData("attendedMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":-1}""")]
    [InlineData("attendedMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":1441}""")]
    [InlineData("attendedMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":0}""")]
    [InlineData("attendedMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":99999999999}""")]
    [InlineData("attendedMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":"an hour"}""")]
    [InlineData("attendedMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20"}""")]
    [InlineData("activityDate", """{"activityTypeCode":"meeting","attendedMinutes":60}""")]
    [InlineData("activityTypeCode", """{"activityDate":"2026-11-20","attendedMinutes":60}""")]
    [InlineData("expenses[0].categoryCode", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"amountPence":100}]}""")]
    [InlineData("expenses[0].hours", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"categoryCode":"carer-cover","amountPence":100,"hours":1.555}]}""")]
    [InlineData("prepMinutes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"prepMinutes":-30}""")]
    [InlineData("expenses[0].amountPence", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"categoryCode":"taxi","amountPence":10000001}]}""")]
    [InlineData("expenses[0].amountPence", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"categoryCode":"taxi","amountPence":-100}]}""")]
    [InlineData("expenses[0].amountPence", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"categoryCode":"taxi"}]}""")]
    [InlineData("expenses[0].miles", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"categoryCode":"mileage-car","miles":12.45}]}""")]
    [InlineData("expenses[0].miles", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[{"categoryCode":"mileage-car"}]}""")]
    [InlineData("activityDate", """{"activityTypeCode":"meeting","activityDate":"2019-01-01","attendedMinutes":60}""")]
    [InlineData("activityDate", """{"activityTypeCode":"meeting","activityDate":"20th November","attendedMinutes":60}""")]
    [InlineData("recognition", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"recognition":"cash"}""")]
    [InlineData("body", """{"activityTypeCode":"meeting",""")]
    public async Task Bad_input_is_a_400_naming_the_field(string field, string body)
    {
        var response = await _client.PostAsync("/api/v1/quotes", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertInvalidFieldInWords(field);
    }

    [Fact]
    public async Task A_quote_stores_nothing()
    {
        var before = await app.InDatabase(async db => (await db.Policies.CountAsync(), await db.AuditEntries.CountAsync()));

        await Quote(new { activityTypeCode = "meeting", activityDate = "2026-11-20", attendedMinutes = 60 });

        Assert.Equal(before, await app.InDatabase(async db => (await db.Policies.CountAsync(), await db.AuditEntries.CountAsync())));
    }

    [Theory]
    [InlineData(Roles.CoProducer)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.PolicyOwner)]
    [InlineData(Roles.Admin)]
    public async Task Every_role_may_ask_for_a_quote(string role)
    {
        var response = await app.As(role).PostAsJsonAsync("/api/v1/quotes", new { activityTypeCode = "survey", activityDate = "2026-11-20", attendedMinutes = 10 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_quote_needs_a_token()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/quotes", new { activityTypeCode = "survey", activityDate = "2026-11-20", attendedMinutes = 10 });

        await response.AssertProblem(HttpStatusCode.Unauthorized);
    }

    private async Task<JsonObject> Quote(object request)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/quotes", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
