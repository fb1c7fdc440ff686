using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Reports;

/// <summary>Finance sees who has crossed the trading allowance, counting pay in runs marked paid.</summary>
public sealed class TradingAllowanceTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _finance = app.As(Roles.Finance, "finance@council.example");

    [Fact]
    public async Task People_whose_paid_involvement_pay_crossed_the_allowance_are_listed_with_their_totals()
    {
        var busy = await PersonWithMeetings("ta.busy@example.org", meetings: 6, attended: 480);
        await PersonWithMeetings("ta.light@example.org", meetings: 1, attended: 90);
        var run = await _finance.CreateRunOk();

        Assert.Empty(await Report());

        Assert.Equal(HttpStatusCode.OK, (await _finance.PostAsync($"/api/v1/batches/{run["id"]}/paid", null)).StatusCode);
        var line = Assert.Single(await Report())!;
        Assert.Equal((busy.Person, busy.PayPence, 100000L), ((Guid)line["personId"]!, (long)line["totalPence"]!, (long)line["allowancePence"]!));
        Assert.Equal("Person ta.busy@example.org", (string?)line["displayName"]);
        Assert.Empty(await Report(2025));
        await (await _finance.GetAsync("/api/v1/reports/trading-allowance?taxYear=99")).AssertInvalidField("taxYear");
    }

    private async Task<JsonArray> Report(int taxYear = 2026) =>
        (await _finance.GetFromJsonAsync<JsonArray>($"/api/v1/reports/trading-allowance?taxYear={taxYear}"))!;

    private async Task<(Guid Person, long PayPence)> PersonWithMeetings(string email, int meetings, int attended)
    {
        var person = await app.RegisterPerson(email);
        var claims = await app.ApprovedMeetings(email, meetings, attended);
        return (person, claims.Sum(c => (long)c["totalPence"]! - 640));
    }
}
