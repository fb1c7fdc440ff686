using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Policies;

/// <summary>Every broken rule is a 400 naming the field path as the document writes it, and stores nothing.</summary>
public sealed class PolicyValidationTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _owner = app.As(Roles.PolicyOwner);

    public static TheoryData<string, string> BrokenDocuments => new()
    {
        { "activityTypes[0].pay.hourlyPence", "remove activityTypes[0].pay.hourlyPence" },
        { "activityTypes[0].pay.hourlyPence", "set activityTypes[0].pay.hourlyPence -1" },
        { "activityTypes[0].pay.hourlyPence", "set activityTypes[0].pay.hourlyPence 10000001" },
        { "activityTypes[0].pay.basis", "set activityTypes[0].pay.basis weekly" },
        { "activityTypes[1].pay.feePence", "remove activityTypes[1].pay.feePence" },
        { "activityTypes[1].pay.hourlyPence", "set activityTypes[1].pay.hourlyPence 100" },
        { "activityTypes[1].code", "set activityTypes[1].code meeting" },
        { "activityTypes[0].code", "set activityTypes[0].code Meeting_Room" },
        { "activityTypes[0].easyRead", "remove activityTypes[0].easyRead" },
        { "activityTypes[0].prep.maxRatio", "set activityTypes[0].prep.maxRatio 0.333" },
        { "activityTypes[0].pay.maximumMinutes", "set activityTypes[0].pay.maximumMinutes 30" },
        { "activityTypes", "set activityTypes []" },
        { "expenseCategories[0].bands[1].upToMilesInTaxYear", "set expenseCategories[0].bands[1].upToMilesInTaxYear 20000" },
        { "expenseCategories[1].capPence", "set expenseCategories[1].capPence -5" },
        { "expenseCategories[1].amountPence", "set expenseCategories[1].amountPence 500" },
        { "expenseCategories[1].kind", "set expenseCategories[1].kind receipts" },
        { "expenseCategories[1].capsByTimeAway[1].overMinutes", "set expenseCategories[1].capsByTimeAway[1].overMinutes 300" },
        { "expenseCategories[1].capsByTimeAway[0].overMinutes", "remove expenseCategories[1].capsByTimeAway[0].overMinutes" },
        { "expenseCategories[1].capsByTimeAway[0].overMinutes", "set expenseCategories[1].capsByTimeAway[0].overMinutes 0" },
        { "expenseCategories[1].capsByTimeAway[0].capPence", "set expenseCategories[1].capsByTimeAway[0].capPence -1" },
        { "expenseCategories[0].capsByTimeAway", "set expenseCategories[0].capsByTimeAway []" },
        { "benefits[0].period", "set benefits[0].period fortnight" },
        { "benefits[0].limits[0].pence", "remove benefits[0].limits[0].pence" },
        { "rounding.unitMinutes", "set rounding.unitMinutes 0" },
        { "rounding.unitMinutes", "set rounding.unitMinutes 61" },
        { "payments.runSchedule", "set payments.runSchedule every-thursday" },
        { "payments.methods[0]", "set payments.methods[0] cheque" },
        { "claims.deadlineDays", "remove claims.deadlineDays" },
        { "tax.tradingAllowancePence", "remove tax.tradingAllowancePence" },
        { "version", "set version " + "12345678901234567890123456789012345678901" },
        { "effectiveFrom", "remove effectiveFrom" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public async Task A_broken_rule_is_refused_naming_its_field_and_nothing_is_stored(string field, string change)
    {
        var document = PolicyDocuments.Valid("2027-09", "2027-09-01");
        Apply(document, change);
        var before = await app.InDatabase(db => db.Policies.CountAsync());

        var response = await _owner.Publish(document);

        await response.AssertInvalidField(field);
        Assert.Equal(before, await app.InDatabase(db => db.Policies.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_field_is_refused_naming_it()
    {
        var document = PolicyDocuments.Valid("2027-10", "2027-10-01");
        document["activityTypes"]![0]!["pay"]!["hourlyPense"] = 2500;

        var response = await _owner.Publish(document);

        await response.AssertInvalidField("activityTypes[0].pay.hourlyPense");
    }

    [Fact]
    public async Task A_picture_the_service_does_not_have_is_refused_and_the_page_words_are_kept()
    {
        var unknown = PolicyDocuments.Valid("2027-12", "2027-12-01");
        unknown["activityTypes"]![0]!["picture"] = "unicorn";
        unknown["expenseCategories"]![0]!["picture"] = "rocket";

        var refused = await _owner.Publish(unknown);

        await refused.AssertInvalidField("activityTypes[0].picture");
        await refused.AssertInvalidField("expenseCategories[0].picture");
        var known = PolicyDocuments.Valid("2027-12", "2027-12-01");
        known["activityTypes"]![0]!["picture"] = "meeting";
        known["expenseCategories"]![0]!["picture"] = "car";
        known["expenseCategories"]![0]!["easyRead"] = "I drove a car.";
        known["expenseCategories"]![0]!["travel"] = true;
        Assert.Equal(HttpStatusCode.Created, (await _owner.Publish(known)).StatusCode);
        var stored = await _owner.GetFromJsonAsync<JsonObject>("/api/v1/policies/2027-12");
        Assert.Contains("I drove a car.", stored!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_field_is_said_to_be_no_field_of_what_it_is_in()
    {
        var document = PolicyDocuments.Valid("2027-11", "2027-11-01");
        document["activityTypes"]![0]!["colour"] = "blue";

        var response = await _owner.Publish(document);

        Assert.Equal(["activityTypes[0].colour is not a field of an activity type."], await response.AssertInvalidField("activityTypes[0].colour"));
    }

    [Theory]
    [InlineData("{\"rounding\": \"\\ud800\"}", "rounding")]
    [InlineData("{\"activityTypes\": [{\"name\": \"Meeting \\udc00\"}]}", "activityTypes[0].name")]
    public async Task Text_with_half_a_character_is_refused_naming_its_field(string json, string field)
    {
        var before = await _owner.GetStringAsync("/api/v1/policies");

        var response = await _owner.PostAsync("/api/v1/policies", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal([$"{field} has a broken character in it (a lone surrogate)."], await response.AssertInvalidField(field));
        Assert.Equal(before, await _owner.GetStringAsync("/api/v1/policies"));
    }

    [Fact]
    public async Task Unreadable_yaml_is_refused_with_the_line_it_failed_on()
    {
        var response = await _owner.PostAsync("/api/v1/policies", new StringContent("version: \"x\"\n  title: [unclosed", Encoding.UTF8, "application/yaml"));

        var messages = await response.AssertInvalidField("body");
        Assert.Contains(messages, m => m.Contains("line", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Malformed_json_is_refused_as_a_bad_body()
    {
        var response = await _owner.PostAsync("/api/v1/policies", new StringContent("{\"version\": ", Encoding.UTF8, "application/json"));

        await response.AssertInvalidField("body");
    }

    [Fact]
    public async Task A_yaml_key_given_twice_is_refused()
    {
        var response = await _owner.PostAsync("/api/v1/policies", new StringContent("version: \"a\"\nversion: \"b\"\n", Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void Apply(JsonObject document, string change)
    {
        var parts = change.Split(' ', 3);
        var path = parts[1].Split('.');
        JsonNode parent = document;
        foreach (var step in path[..^1])
        {
            parent = Step(parent, step);
        }

        var last = path[^1];
        var (name, index) = Split(last);
        var container = index is null ? parent : parent[name]!;
        if (parts[0] == "remove")
        {
            container.AsObject().Remove(name);
            return;
        }

        JsonNode? value = parts[2] switch
        {
            "[]" => new JsonArray(),
            var text when long.TryParse(text, out var whole) => whole,
            var text when decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
            var text => text,
        };
        if (index is { } i)
        {
            container[i] = value;
        }
        else
        {
            container[name] = value;
        }
    }

    private static JsonNode Step(JsonNode node, string step)
    {
        var (name, index) = Split(step);
        var child = node[name]!;
        return index is { } i ? child[i]! : child;
    }

    private static (string Name, int? Index) Split(string step)
    {
        var bracket = step.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? (step, null) : (step[..bracket], int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
