using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Quotes;

/// <summary>The shipped policy pays food and drink by time away: up to £4.90 over 5 hours, £10.70 over 10, nothing under.</summary>
public sealed class TimeAwayTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static object Meeting(int attended, int travel, long foodPence) => new
    {
        activityTypeCode = "meeting",
        activityDate = "2026-11-17",
        attendedMinutes = attended,
        prepMinutes = 0,
        travelMinutes = travel,
        expenses = new object[] { new { categoryCode = "subsistence", amountPence = foodPence, hasReceipt = true } },
        recognition = "payment",
    };

    private static JsonObject FoodLine(JsonObject priced) =>
        priced["lines"]!.AsArray().Single(l => (string?)l!["code"] == "subsistence")!.AsObject();

    private async Task<JsonObject> Quote(object body)
    {
        var response = await app.As(Roles.Staff).PostAsJsonAsync("/api/v1/quotes", body);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Theory]
    [InlineData(240, 60, 0)]
    [InlineData(240, 61, 490)]
    [InlineData(540, 60, 490)]
    [InlineData(540, 61, 1070)]
    public async Task A_quote_pays_food_and_drink_up_to_the_cap_for_the_time_away(int attended, int travel, long paid)
    {
        var quote = await Quote(Meeting(attended, travel, 1500));

        Assert.Equal(paid, (long)FoodLine(quote)["amountPence"]!);
        Assert.Equal(paid, (long)quote["expensesPence"]!);
    }

    [Fact]
    public async Task Under_5_hours_away_the_quote_says_nothing_is_paid_and_why()
    {
        var quote = await Quote(Meeting(180, 60, 800));

        Assert.Equal("Food and drink on a long day: £8 claimed, paid only when you are away more than 5 hours", (string?)FoodLine(quote)["description"]);
        var warning = quote["warnings"]!.AsArray().Single(w => (string?)w!["code"] == "NotAwayLongEnough")!;
        Assert.Contains("You were away 4 hours", (string?)warning["message"]);
    }

    [Fact]
    public async Task A_claim_keeps_the_capped_amount_and_its_warning()
    {
        await app.RegisterPerson("long.day@example.org");
        var claim = await app.As(Roles.CoProducer, "long.day@example.org").SubmitOk(Meeting(360, 0, 800));

        Assert.Equal(490, (long)FoodLine(claim)["amountPence"]!);
        Assert.Contains(claim["warnings"]!.AsArray(), w => (string?)w!["code"] == "ExpenseCapped");
    }
}
