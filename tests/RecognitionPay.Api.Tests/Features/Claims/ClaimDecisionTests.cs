using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Features.Claims;

public sealed class ClaimDecisionTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _approver = app.As(Roles.Staff, "approver@council.example");

    [Fact]
    public async Task Approving_posts_every_penny_to_the_persons_payable_in_a_balanced_ledger()
    {
        var (personId, claimId) = await SubmittedClaim("hal@example.org");

        var response = await _approver.Decide(claimId, "approve");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag?.Tag);
        var claim = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Approved", (string?)claim["status"]);
        Assert.Equal("approver@council.example", (string?)claim["decidedBy"]);
        var balance = await app.As(Roles.Finance).GetFromJsonAsync<JsonObject>("/api/v1/ledger/trial-balance");
        Assert.Equal((long?)balance!["totalDebitPence"], (long?)balance["totalCreditPence"]);
        var accounts = balance["accounts"]!.AsArray();
        var payable = accounts.Single(a => (string?)a!["account"] == $"liability:payable:{personId}");
        Assert.Equal(-Scenario.MeetingTotalPence, (long?)payable!["balancePence"]);
        var postings = await app.As(Roles.Finance).GetFromJsonAsync<JsonObject>($"/api/v1/ledger/entries?personId={personId}");
        var debits = postings!["items"]!.AsArray().ToDictionary(p => (string)p!["debitAccount"]!, p => (long)p!["amountPence"]!);
        Assert.Equal(
            new Dictionary<string, long> { ["expense:involvement"] = 3750, ["expense:preparation"] = 2500, ["expense:reimbursement:public-transport"] = 640 },
            debits);
        Assert.All(postings["items"]!.AsArray(), p => Assert.Equal($"liability:payable:{personId}", (string?)p!["creditAccount"]));
    }

    [Fact]
    public async Task The_staff_member_who_submitted_a_claim_can_never_approve_it()
    {
        var personId = await app.RegisterPerson("ida@example.org");
        var submitter = app.As(Roles.Staff, "submitter@council.example");
        var claim = await submitter.SubmitOk(Scenario.Meeting(personId));
        var before = await app.Counts();

        var response = await submitter.Decide((Guid)claim["id"]!, "approve");

        await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Contains("ApproverSubmittedIt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.Counts());
    }

    [Theory]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.PolicyOwner)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.CoProducer)]
    public async Task Only_staff_may_approve(string role)
    {
        var (_, claimId) = await SubmittedClaim($"{role.ToLowerInvariant()}-case@example.org");
        var before = await app.Counts();

        var response = await app.As(role, $"{role.ToLowerInvariant()}-case@example.org").Decide(claimId, "approve");

        await response.AssertProblem(HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.Counts());
    }

    [Fact]
    public async Task Approving_twice_is_a_conflict_and_posts_nothing_more()
    {
        var (_, claimId) = await SubmittedClaim("jo@example.org");
        Assert.Equal(HttpStatusCode.OK, (await _approver.Decide(claimId, "approve")).StatusCode);
        var before = await app.Counts();

        var again = await app.As(Roles.Staff, "second@council.example").Decide(claimId, "approve");

        await again.AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal(before, await app.Counts());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_a_current_one_is_accepted()
    {
        var (_, claimId) = await SubmittedClaim("kim@example.org");
        var before = await app.Counts();

        var stale = await _approver.Decide(claimId, "approve", ifMatch: "\"v7\"");

        await stale.AssertProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(before, await app.Counts());
        Assert.Equal(HttpStatusCode.OK, (await _approver.Decide(claimId, "approve", ifMatch: "\"v1\"")).StatusCode);
    }

    [Fact]
    public async Task Concurrent_approvals_of_one_claim_have_exactly_one_winner()
    {
        var (personId, claimId) = await SubmittedClaim("lee@example.org");
        var approvers = Enumerable.Range(0, 8).Select(i => app.As(Roles.Staff, $"racer{i}@council.example")).ToList();

        var responses = await Task.WhenAll(approvers.Select(a => a.Decide(claimId, "approve", ifMatch: "\"v1\"")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
            Assert.True(r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed, $"{(int)r.StatusCode}"));
        var posted = await app.InDatabase(db => db.LedgerPostings.Where(p => p.ClaimId == new ClaimId(claimId)).SumAsync(p => p.AmountPence));
        Assert.Equal(Scenario.MeetingTotalPence, posted);
        Assert.Equal(1, await app.InDatabase(db => db.AuditEntries.CountAsync(a => a.EntityId == claimId.ToString() && a.Action == "ClaimApproved")));
        Assert.NotEqual(Guid.Empty, personId);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_posts_nothing()
    {
        var (_, claimId) = await SubmittedClaim("max@example.org");
        var before = await app.Counts();

        var noReason = await _approver.Decide(claimId, "reject", reason: "  ");
        await noReason.AssertInvalidField("reason");
        Assert.Equal(before, await app.Counts());

        var rejected = await _approver.Decide(claimId, "reject", reason: "This meeting was cancelled.");
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var claim = (await rejected.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Rejected", (string?)claim["status"]);
        Assert.Equal("This meeting was cancelled.", (string?)claim["reason"]);
        Assert.Equal(before.Postings, (await app.Counts()).Postings);
    }

    [Fact]
    public async Task A_returned_claim_is_corrected_by_the_claimant_priced_again_and_then_approved()
    {
        var (_, claimId) = await SubmittedClaim("ned@example.org");
        var ned = app.As(Roles.CoProducer, "ned@example.org");
        Assert.Equal(HttpStatusCode.OK, (await _approver.Decide(claimId, "return", reason: "The meeting lasted two hours.")).StatusCode);

        var resubmit = await ned.PostAsJsonAsync($"/api/v1/claims/{claimId}/resubmit", Scenario.Meeting(attended: 120));

        Assert.Equal(HttpStatusCode.OK, resubmit.StatusCode);
        var claim = (await resubmit.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Submitted", (string?)claim["status"]);
        Assert.Equal(5000 + 2500 + 640, (long?)claim["totalPence"]);
        Assert.Equal(3, (long?)claim["version"]);
        Assert.Equal(HttpStatusCode.OK, (await _approver.Decide(claimId, "approve")).StatusCode);
    }

    [Fact]
    public async Task The_claimant_withdraws_before_a_decision_but_not_after()
    {
        var (_, claimId) = await SubmittedClaim("ola@example.org");
        var ola = app.As(Roles.CoProducer, "ola@example.org");
        var (_, decidedId) = await SubmittedClaim("ola@example.org", register: false);
        await _approver.Decide(decidedId, "approve");

        Assert.Equal(HttpStatusCode.OK, (await ola.Decide(claimId, "withdraw")).StatusCode);
        await (await ola.Decide(decidedId, "withdraw")).AssertProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Someone_elses_claim_looks_like_no_claim_at_all()
    {
        var (_, claimId) = await SubmittedClaim("pat@example.org");
        await app.RegisterPerson("quin@example.org");
        var quin = app.As(Roles.CoProducer, "quin@example.org");

        await (await quin.GetAsync($"/api/v1/claims/{claimId}")).AssertProblem(HttpStatusCode.NotFound);
        await (await quin.Decide(claimId, "withdraw")).AssertProblem(HttpStatusCode.NotFound);
        await (await quin.GetAsync($"/api/v1/claims/{Guid.NewGuid()}")).AssertProblem(HttpStatusCode.NotFound);
        var own = await quin.GetFromJsonAsync<JsonObject>("/api/v1/claims");
        Assert.Equal(0, (int?)own!["totalCount"]);
    }

    [Fact]
    public async Task The_audit_trail_records_every_step_of_a_claim()
    {
        var (_, claimId) = await SubmittedClaim("ray@example.org");
        await _approver.Decide(claimId, "approve");

        var trail = await app.As(Roles.Admin).GetFromJsonAsync<JsonObject>($"/api/v1/audit?entityType=claim&entityId={claimId}");

        var actions = trail!["items"]!.AsArray().Select(i => (string?)i!["action"]).ToList();
        Assert.Equal(["ClaimSubmitted", "ClaimApproved"], actions);
        var approved = trail["items"]![1]!;
        Assert.Equal("approver@council.example", (string?)approved["actor"]);
        Assert.Equal("2026-11-24T12:00:00Z", (string?)approved["at"]);
        Assert.Contains("Submitted", (string?)approved["before"], StringComparison.Ordinal);
        Assert.Contains("Approved", (string?)approved["after"], StringComparison.Ordinal);

        var byApprover = await app.As(Roles.Admin).GetFromJsonAsync<JsonObject>($"/api/v1/audit?entityId={claimId}&actor=Approver@Council.Example");
        Assert.Equal(["ClaimApproved"], byApprover!["items"]!.AsArray().Select(i => (string?)i!["action"]));
        var tooLong = await app.As(Roles.Admin).GetAsync($"/api/v1/audit?actor={new string('a', 201)}");
        await tooLong.AssertInvalidField("actor");
    }

    private async Task<(Guid PersonId, Guid ClaimId)> SubmittedClaim(string email, bool register = true)
    {
        var personId = register ? await app.RegisterPerson(email) : Guid.Empty;
        var claim = await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting());
        return ((Guid)claim["personId"]!, (Guid)claim["id"]!);
    }
}
