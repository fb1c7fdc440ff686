using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns;

/// <summary>Each test class gets its own database, so these runs see only the claims these tests approve.</summary>
public sealed class PaymentRunTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _finance = app.As(Roles.Finance, "finance@council.example");

    [Fact]
    public async Task A_run_pays_exactly_the_approved_amounts_once_and_the_ledger_follows_every_step()
    {
        var (una, unaClaims) = await ApprovedClaims("run.una@example.org", 2);
        var (vic, vicClaims) = await ApprovedClaims("run.vic@example.org", 1);

        var transitBefore = await BalanceOf("liability:in-transit");
        var bankBefore = await BalanceOf("asset:bank");
        var first = await CreateRun();
        var second = await CreateRun();

        Assert.Equal("Ready", (string?)first["status"]);
        Assert.Equal("2026-11-27", (string?)first["paymentDate"]);
        Assert.Equal(3 * Scenario.MeetingTotalPence, (long?)first["totalPence"]);
        var items = first["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        var unaItem = items.Single(i => (Guid)i!["personId"]! == una)!;
        Assert.Equal(2 * Scenario.MeetingTotalPence, (long?)unaItem["amountPence"]);
        Assert.Equal(unaClaims.Order(), unaItem["claimIds"]!.AsArray().Select(c => (Guid)c!).Order());
        Assert.Equal("bank-transfer", (string?)unaItem["method"]);
        Assert.Equal("Empty", (string?)second["status"]);
        Assert.Equal(0, (long?)second["totalPence"]);
        var created = await app.InDatabase(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "PaymentRunCreated" && a.EntityId == (string)first["id"]!));
        Assert.Equal(new Actor("finance@council.example"), created.Actor);
        Assert.Equal(3 * Scenario.MeetingTotalPence, (long?)JsonNode.Parse(created.After!)!["totalPence"]);
        await AssertBalanced(payable: (una, 0));
        Assert.Equal(transitBefore - (3 * Scenario.MeetingTotalPence), await BalanceOf("liability:in-transit"));

        var approvedVersion = (await _finance.GetAsync($"/api/v1/claims/{vicClaims[0]}")).Headers.ETag;
        var paid = await _finance.PostAsync($"/api/v1/batches/{first["id"]}/paid", null);

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        await AssertBalanced(payable: (vic, 0));
        Assert.Equal(transitBefore, await BalanceOf("liability:in-transit"));
        Assert.Equal(bankBefore - (3 * Scenario.MeetingTotalPence), await BalanceOf("asset:bank"));
        var claim = await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{vicClaims[0]}");
        Assert.Equal("Paid", (string?)claim!["status"]);
        Assert.NotNull(approvedVersion);
        Assert.NotEqual(approvedVersion, (await _finance.GetAsync($"/api/v1/claims/{vicClaims[0]}")).Headers.ETag);
        await (await _finance.PostAsync($"/api/v1/batches/{first["id"]}/paid", null)).AssertProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_preview_lists_exactly_what_the_run_made_next_pays()
    {
        var (ann, annClaims) = await ApprovedClaims("preview.ann@example.org", 3);
        var (bea, beaClaims) = await ApprovedClaims("preview.bea@example.org", 1);

        var preview = await _finance.GetFromJsonAsync<JsonObject>("/api/v1/batches/preview");
        var run = await CreateRun();

        Assert.Equal((long?)run["totalPence"], (long?)preview!["totalPence"]);
        var previewed = ByPerson(preview["items"]!.AsArray());
        var paid = ByPerson(run["items"]!.AsArray());
        Assert.Equal(paid.Keys.Order(), previewed.Keys.Order());
        Assert.All(paid, item => Assert.Equal(item.Value, previewed[item.Key]));
        Assert.Equal(string.Join(",", annClaims.Order()), previewed[ann].Claims);
        Assert.Equal(string.Join(",", beaClaims), previewed[bea].Claims);
    }

    private static Dictionary<Guid, (long? Amount, string Claims)> ByPerson(JsonArray items) =>
        items.ToDictionary(i => (Guid)i!["personId"]!, i => ((long?)i!["amountPence"], string.Join(",", i["claimIds"]!.AsArray().Select(c => (Guid)c!).Order())));

    [Fact]
    public async Task An_item_failed_before_payment_is_owed_again_and_paid_by_the_next_run()
    {
        var (person, _) = await ApprovedClaims("fail.before@example.org", 1);
        var run = await CreateRun();
        var item = run["items"]!.AsArray().Single(i => (Guid)i!["personId"]! == person)!;

        var failed = await _finance.PostAsJsonAsync($"/api/v1/batches/{run["id"]}/items/{item["id"]}/failed", new { reason = "The account number was wrong." });

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        await AssertBalanced(payable: (person, -Scenario.MeetingTotalPence));
        var next = await CreateRun();
        var again = next["items"]!.AsArray().Single(i => (Guid)i!["personId"]! == person)!;
        Assert.Equal(Scenario.MeetingTotalPence, (long?)again["amountPence"]);
        await AssertBalanced(payable: (person, 0));
    }

    [Fact]
    public async Task A_claim_owed_again_and_a_new_one_are_paid_together_beside_a_person_paid_whole()
    {
        var (person, owedAgain) = await ApprovedClaims("again.and.new@example.org", 1);
        var run = await CreateRun();
        var item = run["items"]!.AsArray().Single(i => (Guid)i!["personId"]! == person)!;
        var failed = await _finance.PostAsJsonAsync($"/api/v1/batches/{run["id"]}/items/{item["id"]}/failed", new { reason = "The account number was wrong." });
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var fresh = (await app.ApprovedMeetings("again.and.new@example.org", 1)).Select(c => (Guid)c["id"]!);
        var (whole, wholeClaims) = await ApprovedClaims("paid.whole@example.org", 3);

        var next = await CreateRun();

        var items = next["items"]!.AsArray();
        var again = items.Single(i => (Guid)i!["personId"]! == person)!;
        Assert.Equal(2 * Scenario.MeetingTotalPence, (long?)again["amountPence"]);
        Assert.Equal(owedAgain.Concat(fresh).Order(), again["claimIds"]!.AsArray().Select(c => (Guid)c!));
        var wholeItem = items.Single(i => (Guid)i!["personId"]! == whole)!;
        Assert.Equal(3 * Scenario.MeetingTotalPence, (long?)wholeItem["amountPence"]);
        Assert.Equal(wholeClaims.Order(), wholeItem["claimIds"]!.AsArray().Select(c => (Guid)c!));
        await AssertBalanced(payable: (person, 0));
        await AssertBalanced(payable: (whole, 0));
        Assert.Equal("Empty", (string?)(await CreateRun())["status"]);
    }

    [Fact]
    public async Task An_item_the_bank_returns_after_payment_is_owed_again_and_its_claims_are_approved_again()
    {
        var (person, claims) = await ApprovedClaims("fail.after@example.org", 1);
        var run = await CreateRun();
        await _finance.PostAsync($"/api/v1/batches/{run["id"]}/paid", null);
        var item = run["items"]!.AsArray().Single(i => (Guid)i!["personId"]! == person)!;

        var returned = await _finance.PostAsJsonAsync($"/api/v1/batches/{run["id"]}/items/{item["id"]}/failed", new { reason = "Returned by the bank: account closed." });

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("Approved", (string?)(await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{claims[0]}"))!["status"]);
        await AssertBalanced(payable: (person, -Scenario.MeetingTotalPence));
        var next = await CreateRun();
        Assert.Contains(next["items"]!.AsArray(), i => (Guid)i!["personId"]! == person);
    }

    [Theory]
    [InlineData("2026-11-28", "Saturday")]
    [InlineData("2026-12-25", "Christmas Day")]
    [InlineData("2026-12-28", "Boxing Day substitute")]
    [InlineData("2026-11-23", "yesterday")]
    public async Task A_payment_date_that_is_not_a_future_working_day_is_refused_and_changes_nothing(string date, string why)
    {
        var before = await app.InDatabase(db => db.PaymentRuns.CountAsync());

        var response = await _finance.PostAsJsonAsync("/api/v1/batches", new { paymentDate = date });

        await response.AssertInvalidField("paymentDate");
        Assert.Equal(before, await app.InDatabase(db => db.PaymentRuns.CountAsync()));
        Assert.NotEmpty(why);
    }

    [Fact]
    public async Task The_default_payment_date_skips_christmas_and_the_substitute_boxing_day()
    {
        app.Clock.Reset(NodaTime.Instant.FromUtc(2026, 12, 22, 12, 0));
        try
        {
            var run = await CreateRun();

            Assert.Equal("2026-12-29", (string?)run["paymentDate"]);
        }
        finally
        {
            app.Clock.Reset(RecognitionPayApp.Now);
        }
    }

    [Fact]
    public async Task Concurrent_runs_racing_approvals_pay_every_claim_exactly_once()
    {
        var claims = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var personId = await app.RegisterPerson($"race{i}@example.org");
            for (var j = 0; j < 3; j++)
            {
                claims.Add((Guid)(await app.As(Roles.CoProducer, $"race{i}@example.org").SubmitOk(Scenario.Meeting()))["id"]!);
            }

            Assert.NotEqual(Guid.Empty, personId);
        }

        var approver = app.As(Roles.Staff, "approver@council.example");
        var approvals = claims.Select(c => approver.Decide(c, "approve"));
        var runs = Enumerable.Range(0, 4).Select(_ => _finance.PostAsJsonAsync("/api/v1/batches", new { }));
        var responses = await Task.WhenAll(approvals.Concat(runs));
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        await CreateRun();

        var ids = claims.Select(c => new ClaimId(c)).ToList();
        var live = (await app.InDatabase(db => db.PaymentItemClaims.Where(c => c.Live && ids.Contains(c.ClaimId)).Select(c => c.ClaimId).ToListAsync())).Select(c => c.Value);
        Assert.Equal(claims.Order(), live.Order());
        await AssertBalanced();
    }

    private Task<JsonObject> CreateRun() => _finance.CreateRunOk();

    private async Task<(Guid Person, List<Guid> Claims)> ApprovedClaims(string email, int count)
    {
        var person = await app.RegisterPerson(email);
        var claims = await app.ApprovedMeetings(email, count);
        return (person, [.. claims.Select(c => (Guid)c["id"]!)]);
    }

    private async Task AssertBalanced((Guid Person, long Balance)? payable = null)
    {
        var balance = (await _finance.GetFromJsonAsync<JsonObject>("/api/v1/ledger/trial-balance"))!;
        Assert.Equal((long?)balance["totalDebitPence"], (long?)balance["totalCreditPence"]);
        if (payable is { } p)
        {
            Assert.Equal(p.Balance, await BalanceOf($"liability:payable:{p.Person}"));
        }
    }

    private async Task<long> BalanceOf(string account)
    {
        var balance = (await _finance.GetFromJsonAsync<JsonObject>("/api/v1/ledger/trial-balance"))!;
        return balance["accounts"]!.AsArray().SingleOrDefault(a => (string?)a!["account"] == account) is { } row ? (long)row["balancePence"]! : 0;
    }
}
