using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Claims;

/// <summary>A claim says where it has got to in plain sentences, and each stays true after what happens next.</summary>
public sealed class ClaimProgressTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _finance = app.As(Roles.Finance, "finance@council.example");

    private readonly HttpClient _approver = app.As(Roles.Staff, "approver@council.example");

    private async Task<JsonObject> Claim(Guid id) => (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{id}"))!;

    private static string[] Progress(JsonObject claim) => [.. claim["progress"]!.AsArray().Select(s => (string)s!)];

    private async Task<Guid> Claimed(string email, object? person = null)
    {
        await app.RegisterPerson(email, person);
        return (Guid)(await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting()))["id"]!;
    }

    [Fact]
    public async Task A_submitted_claim_is_being_checked_and_a_returned_one_asks_for_a_change_and_promises_nothing()
    {
        var id = await Claimed("progress.returned@example.org");
        var submitted = await Claim(id);

        await _approver.Decide(id, "return", "Please add the bus ticket");
        var returned = await Claim(id);

        Assert.Equal(["We are checking it."], Progress(submitted));
        Assert.Equal(["Please change something: Please add the bus ticket.", "Then send it again."], Progress(returned));
        Assert.Null(returned["benefits"]);
    }

    [Fact]
    public async Task An_approved_claim_says_when_it_will_be_paid_then_that_it_was_paid()
    {
        var id = await Claimed("progress.paid@example.org");
        await _approver.Decide(id, "approve");
        var run = await _finance.CreateRunOk();
        var inRun = await Claim(id);

        await _finance.PostAsync($"/api/v1/batches/{run["id"]}/paid", null);
        var paid = await Claim(id);

        Assert.Equal(["We will pay £68.90 on Friday 27 November 2026."], Progress(inRun));
        Assert.Equal(["We paid £68.90 on Friday 27 November 2026."], Progress(paid));
    }

    [Fact]
    public async Task After_a_failed_payment_the_claim_no_longer_says_it_will_be_paid_on_the_old_date()
    {
        var id = await Claimed("progress.failed@example.org");
        var person = (Guid)(await Claim(id))["personId"]!;
        await _approver.Decide(id, "approve");
        var run = await _finance.CreateRunOk();
        var item = run["items"]!.AsArray().Single(i => (Guid)i!["personId"]! == person)!;

        await _finance.PostAsJsonAsync($"/api/v1/batches/{run["id"]}/items/{item["id"]}/failed", new { reason = "The account number was wrong" });
        var progress = Progress(await Claim(id));

        Assert.Equal(
            ["The payment of £68.90 on Friday 27 November 2026 did not reach you: The account number was wrong.", "We expect to pay £68.90 on Friday 4 December 2026."],
            progress);
    }

    [Fact]
    public async Task A_deferred_claim_says_from_when_it_is_expected_to_be_paid()
    {
        var id = await Claimed("progress.deferred@example.org", new { benefits = new[] { new { kind = "carers-allowance", personalLimitPence = 1000 } } });
        await _approver.Decide(id, "approve");
        await _finance.CreateRunOk();

        var claim = await Claim(id);

        Assert.Equal(
            [
                "We will pay £16.40 on Friday 27 November 2026.",
                "We expect to pay £10 on Friday 4 December 2026.",
                "£42.50 is held back by your benefits limit. We expect to pay it from Monday 7 December 2026.",
            ],
            Progress(claim));
        Assert.Equal("2026-11-30", (string?)claim["heldBack"]![0]!["expectedFrom"]);
    }

    [Fact]
    public async Task Someone_paid_by_no_method_is_never_in_a_run_is_told_staff_will_be_in_touch_and_is_on_the_unpaid_report()
    {
        var id = await Claimed("progress.none@example.org", new { paymentMethod = "none", bankAccount = (object?)null });
        var person = (Guid)(await Claim(id))["personId"]!;
        await _approver.Decide(id, "approve");

        var run = await _finance.CreateRunOk();
        var claim = await Claim(id);
        var report = await _finance.GetFromJsonAsync<JsonArray>("/api/v1/reports/unpaid-payees");

        Assert.DoesNotContain(run["items"]!.AsArray(), i => (Guid)i!["personId"]! == person);
        Assert.Equal(["We do not pay you by bank transfer or voucher.", "Staff will be in touch about how we thank you."], Progress(claim));
        Assert.Null(claim["benefits"]);
        var line = Assert.Single(report!, l => (Guid)l!["personId"]! == person)!;
        Assert.Equal(("none", Scenario.MeetingTotalPence, "Person progress.none@example.org"), ((string?)line["paymentMethod"], (long)line["owedPence"]!, (string?)line["displayName"]));
    }

    [Fact]
    public async Task Only_finance_reads_the_unpaid_payees_report()
    {
        var response = await app.As(Roles.Staff).GetAsync("/api/v1/reports/unpaid-payees");

        await response.AssertProblem(HttpStatusCode.Forbidden);
    }
}
