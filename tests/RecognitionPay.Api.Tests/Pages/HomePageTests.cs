using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>A co-producer's home page says of each claim what the claim itself says, and costs the same few statements however many claims it shows.</summary>
public sealed partial class HomePageTests(RacedApp<StatementCount> app) : IClassFixture<RacedApp<StatementCount>>
{
    private readonly HttpClient _approver = app.As(Roles.Staff, "approver@council.example");

    private readonly HttpClient _finance = app.As(Roles.Finance, "finance@council.example");

    private static List<string> Cards(string home) =>
        [.. home.Split("<div class=\"govuk-summary-card\">").Skip(1)
            .Select(card => string.Join(" | ", Sentence().Matches(card).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))))];

    private async Task<string> HomeOf(string email) => await (await PageClient.SignedInAsync(app, email, Roles.CoProducer)).GetStringAsync("/");

    [Fact]
    public async Task Each_claim_on_the_home_page_says_where_it_has_got_to_as_the_claim_says_it()
    {
        const string email = "home.progress@example.org";
        var personId = await app.RegisterPerson(email, new { benefits = new[] { new { kind = "carers-allowance", personalLimitPence = 1000 } } });
        var coProducer = app.As(Roles.CoProducer, email);
        var inRun = (Guid)(await coProducer.SubmitOk(Scenario.Meeting()))["id"]!;
        await _approver.Decide(inRun, "approve");
        await _finance.CreateRunOk();
        var returned = (Guid)(await coProducer.SubmitOk(Scenario.Meeting()))["id"]!;
        await _approver.Decide(returned, "return", "Please add the bus ticket");
        foreach (var approved in new[] { (Guid)(await coProducer.SubmitOk(Scenario.Meeting()))["id"]!, (Guid)(await coProducer.SubmitOk(Scenario.Meeting()))["id"]! })
        {
            await _approver.Decide(approved, "approve");
        }

        await coProducer.SubmitOk(Scenario.Meeting());

        var claims = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims?personId={personId}"))!["items"]!.AsArray();
        var said = new List<string>();
        foreach (var claim in claims)
        {
            var progress = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{claim!["id"]}"))!["progress"]!.AsArray();
            said.Add(string.Join(" | ", progress.Select(s => (string)s!)));
        }

        var cards = Cards(await HomeOf(email));

        Assert.Equal(5, cards.Count);
        Assert.Equal(said.Order(), cards.Order());
        Assert.Contains(cards, card => card.Contains("held back by your benefits limit", StringComparison.Ordinal));
        Assert.Contains(cards, card => card.StartsWith("Please change something: Please add the bus ticket.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_home_page_of_someone_with_twelve_claims_runs_as_many_statements_as_with_two()
    {
        async Task<int> StatementsFor(string email, int claims)
        {
            await app.RegisterPerson(email);
            await app.ApprovedMeetings(email, claims);
            var browser = await PageClient.SignedInAsync(app, email, Roles.CoProducer);
            await browser.GetStringAsync("/");
            app.Race.Restart();
            var home = await browser.GetStringAsync("/");
            Assert.Equal(claims, Cards(home).Count);
            return app.Race.Count;
        }

        var two = await StatementsFor("home.two@example.org", 2);
        var twelve = await StatementsFor("home.twelve@example.org", 12);

        Assert.Equal(two, twelve);
    }

    [GeneratedRegex("<p class=\"govuk-body\">([^<]+)</p>")]
    private static partial Regex Sentence();
}
