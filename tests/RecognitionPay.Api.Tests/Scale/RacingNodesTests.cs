using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Scale;

/// <summary>Requests racing on two nodes of one database pay every claim exactly once, enforced by the database.</summary>
public sealed class RacingNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private async Task<List<Guid>> Submitted(string prefix, int people, int each)
    {
        var claims = new List<Guid>();
        for (var p = 0; p < people; p++)
        {
            var email = $"{prefix}{p}@example.org";
            await nodes.First.RegisterPerson(email);
            for (var c = 0; c < each; c++)
            {
                claims.Add((Guid)(await nodes.Node(c).As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting()))["id"]!);
            }
        }

        return claims;
    }

    [Fact]
    public async Task Ten_runs_asked_for_at_once_over_two_nodes_pay_fifty_approved_claims_once()
    {
        var claims = await Submitted("racing.runs", 10, 5);
        foreach (var claim in claims)
        {
            Assert.Equal(HttpStatusCode.OK, (await nodes.First.As(Roles.Staff, "approver@council.example").Decide(claim, "approve")).StatusCode);
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => nodes.Node(i).As(Roles.Finance, "finance@council.example").PostAsJsonAsync("/api/v1/batches", new { })));

        Assert.All(runs, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
        var made = await Task.WhenAll(runs.Where(r => r.StatusCode == HttpStatusCode.Created).Select(async r => (await r.Content.ReadFromJsonAsync<JsonObject>())!));
        Assert.Equal(claims.Count, made.Sum(r => r["items"]!.AsArray().Sum(i => i!["claimIds"]!.AsArray().Count(id => claims.Contains((Guid)id!)))));
        await nodes.AssertBooksHold();
        Assert.Equal(HttpStatusCode.Created, (await nodes.Second.As(Roles.Finance).PostAsJsonAsync("/api/v1/batches", new { })).StatusCode);
    }

    [Fact]
    public async Task Approvals_racing_runs_over_two_nodes_are_paid_exactly_once()
    {
        var claims = await Submitted("racing.approvals", 6, 4);
        var approvals = claims.Select((claim, i) => nodes.Node(i).As(Roles.Staff, "approver@council.example").Decide(claim, "approve"));
        var runs = Enumerable.Range(0, 6).Select(i => nodes.Node(i).As(Roles.Finance, "finance@council.example").PostAsJsonAsync("/api/v1/batches", new { }));

        var answers = await Task.WhenAll(approvals.Concat(runs));
        var last = await nodes.First.As(Roles.Finance).PostAsJsonAsync("/api/v1/batches", new { });

        Assert.All(answers, r => Assert.True(r.IsSuccessStatusCode || r.StatusCode == HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
        Assert.Equal(HttpStatusCode.Created, last.StatusCode);
        await nodes.AssertBooksHold();
    }

    [Fact]
    public async Task Two_approvals_of_one_claim_on_two_nodes_approve_it_once()
    {
        var claims = await Submitted("racing.double", 1, 1);

        var answers = await Task.WhenAll(
            nodes.First.As(Roles.Staff, "approver.one@council.example").Decide(claims[0], "approve"),
            nodes.Second.As(Roles.Staff, "approver.two@council.example").Decide(claims[0], "approve"));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        await nodes.AssertBooksHold();
    }

    [Fact]
    public async Task A_run_marked_paid_on_both_nodes_at_once_is_paid_once()
    {
        foreach (var claim in await Submitted("racing.paid", 2, 2))
        {
            await nodes.First.As(Roles.Staff, "approver@council.example").Decide(claim, "approve");
        }

        var run = await nodes.First.As(Roles.Finance, "finance@council.example").CreateRunOk();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => nodes.Node(i).As(Roles.Finance, "finance@council.example").PostAsync($"/api/v1/batches/{run["id"]}/paid", null)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        await nodes.AssertBooksHold();
    }
}
