using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>Small, valid policy documents for tests to publish or to break one field at a time.</summary>
public static class PolicyDocuments
{
    public static JsonObject Valid(string version, string effectiveFrom, long meetingHourlyPence = 3000) => new()
    {
        ["version"] = version,
        ["effectiveFrom"] = effectiveFrom,
        ["title"] = "Test policy",
        ["rounding"] = new JsonObject { ["unitMinutes"] = 15 },
        ["activityTypes"] = new JsonArray(
            new JsonObject
            {
                ["code"] = "meeting",
                ["name"] = "Taking part in a meeting",
                ["easyRead"] = "Go to a meeting and say what you think",
                ["pay"] = new JsonObject { ["basis"] = "hourly", ["hourlyPence"] = meetingHourlyPence, ["minimumMinutes"] = 60 },
                ["prep"] = new JsonObject { ["hourlyPence"] = meetingHourlyPence, ["maxMinutes"] = 60, ["maxRatio"] = 1.0m },
            },
            new JsonObject
            {
                ["code"] = "survey",
                ["name"] = "Completing a survey",
                ["easyRead"] = "Answer some questions",
                ["pay"] = new JsonObject { ["basis"] = "fixed", ["feePence"] = 1000 },
            }),
        ["expenseCategories"] = new JsonArray(
            new JsonObject
            {
                ["code"] = "mileage",
                ["name"] = "Car mileage",
                ["kind"] = "mileage",
                ["bands"] = new JsonArray(
                    new JsonObject { ["upToMilesInTaxYear"] = 10000, ["pencePerMile"] = 45 },
                    new JsonObject { ["pencePerMile"] = 25 }),
            },
            new JsonObject
            {
                ["code"] = "meal",
                ["name"] = "Food and drink",
                ["kind"] = "actual",
                ["capPence"] = 1000,
                ["capsByTimeAway"] = new JsonArray(
                    new JsonObject { ["overMinutes"] = 300, ["capPence"] = 490 },
                    new JsonObject { ["overMinutes"] = 600, ["capPence"] = 1070 }),
            }),
        ["benefits"] = new JsonArray(
            new JsonObject
            {
                ["kind"] = "carers-allowance",
                ["name"] = "Carer's Allowance",
                ["period"] = "week",
                ["limits"] = new JsonArray(new JsonObject { ["from"] = "2025-04-07", ["pence"] = 19600 }),
            }),
        ["tax"] = new JsonObject { ["tradingAllowancePence"] = 100000 },
        ["payments"] = new JsonObject { ["methods"] = new JsonArray("bank-transfer", "voucher"), ["runSchedule"] = "0 9 * * TUE", ["paymentLeadDays"] = 3 },
        ["claims"] = new JsonObject { ["deadlineDays"] = 90 },
    };

    public static Task<HttpResponseMessage> Publish(this HttpClient client, JsonNode document) =>
        client.PostAsJsonAsync("/api/v1/policies", document);
}
