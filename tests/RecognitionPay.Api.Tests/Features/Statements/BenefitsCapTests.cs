using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Statements;

/// <summary>
/// Runs pay a person's pay up to their benefits limit and defer or waive the rest; the statement says what was paid,
/// when, held back and why, to the penny.
/// </summary>
public sealed class BenefitsCapTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private const long MeetingPayPence = 3750 + 2500;

    private const long BusFarePence = 640;

    private readonly HttpClient _finance = app.As(Roles.Finance, "finance@council.example");

    [Fact]
    public async Task A_capped_person_is_paid_up_to_their_limit_and_the_deferred_rest_by_the_next_weeks_run()
    {
        var (person, claims) = await CappedPersonWithClaims("cap.defer@example.org", "defer", limitPence: 10000, count: 2);
        try
        {
            var first = ItemFor(await CreateRun(), person);
            Assert.Equal(10000 + (2 * BusFarePence), (long?)first["amountPence"]);
            await PayRun(first);
            Assert.Equal("Paid", await StatusOf(claims[0]));
            Assert.Equal("Approved", await StatusOf(claims[1]));
            await AssertBalanced(person, payable: (2 * MeetingPayPence) - 10000);
            var whileHeld = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/people/{person}/statement?taxYear=2026"))!;
            var held = Assert.Single(whileHeld["heldBack"]!.AsArray())!;
            Assert.Equal(("deferred", 2500L, claims[1], "2026-11-30"), ((string?)held["outcome"], (long)held["amountPence"]!, (Guid)held["claimId"]!, (string?)held["expectedFrom"]));
            Assert.Contains("Carer's Allowance limit of £100", (string?)held["reason"], StringComparison.Ordinal);
            Assert.EndsWith("We expect to pay it from Monday 30 November 2026.", (string?)held["reason"], StringComparison.Ordinal);

            app.Clock.Reset(Instant.FromUtc(2026, 12, 1, 12, 0));
            var second = ItemFor(await CreateRun(), person);
            Assert.Equal((2 * MeetingPayPence) - 10000, (long?)second["amountPence"]);
            await PayRun(second);
            Assert.Equal("Paid", await StatusOf(claims[1]));
            await AssertBalanced(person, payable: 0);

            var statement = (await app.As(Roles.CoProducer, "cap.defer@example.org").GetFromJsonAsync<JsonObject>($"/api/v1/people/{person}/statement?taxYear=2026"))!;
            Assert.Equal(
                ["2026-11-27 10000 1280", "2026-12-04 2500 0"],
                statement["payments"]!.AsArray().Select(p => $"{p!["paymentDate"]} {p["involvementPence"]} {p["expensesPence"]}"));
            Assert.Equal(
                ["carers-allowance 2026-11-23 2026-11-29 10000 10000", "carers-allowance 2026-11-30 2026-12-06 10000 2500"],
                statement["periods"]!.AsArray().Select(p => $"{p!["benefitKind"]} {p["periodStart"]} {p["periodEnd"]} {p["limitPence"]} {p["involvementPence"]}"));
            Assert.Empty(statement["heldBack"]!.AsArray());
            Assert.Equal((0L, 0L, 12500L, 1280L), ((long)statement["deferredPence"]!, (long)statement["waivedPence"]!, (long)statement["totalInvolvementPence"]!, (long)statement["totalExpensesPence"]!));
        }
        finally
        {
            app.Clock.Reset(RecognitionPayApp.Now);
        }
    }

    [Fact]
    public async Task Waived_pay_is_never_paid_and_the_ledger_still_balances()
    {
        var (person, claims) = await CappedPersonWithClaims("cap.waive@example.org", "waive", limitPence: 5000, count: 1);

        var item = ItemFor(await CreateRun(), person);

        Assert.Equal(5000 + BusFarePence, (long?)item["amountPence"]);
        await AssertBalanced(person, payable: 0);
        Assert.DoesNotContain((await CreateRun())["items"]!.AsArray(), i => (Guid)i!["personId"]! == person);
        await PayRun(item);
        Assert.Equal("Paid", await StatusOf(claims[0]));
        var statement = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/people/{person}/statement?taxYear=2026"))!;
        Assert.Equal(MeetingPayPence - 5000, (long?)statement["waivedPence"]);
        Assert.Equal(5000, (long?)statement["totalInvolvementPence"]);
        Assert.Equal("waived", (string?)statement["heldBack"]![0]!["outcome"]);
    }

    [Fact]
    public async Task Pay_still_held_back_shows_as_deferred_on_the_statement()
    {
        var (person, _) = await CappedPersonWithClaims("cap.held@example.org", "defer", limitPence: 1000, count: 1);

        await CreateRun();

        var statement = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/people/{person}/statement"))!;
        Assert.Equal(MeetingPayPence - 1000, (long?)statement["deferredPence"]);
        Assert.Equal(2026, (int?)statement["taxYear"]);
    }

    [Fact]
    public async Task A_failed_payment_is_on_the_statement_with_its_reason()
    {
        var (person, _) = await CappedPersonWithClaims("cap.failed@example.org", "defer", limitPence: 20000, count: 1);
        var run = await CreateRun();
        var item = ItemFor(run, person);

        await _finance.PostAsJsonAsync($"/api/v1/batches/{run["id"]}/items/{item["id"]}/failed", new { reason = "The account number was wrong" });

        var statement = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/people/{person}/statement?taxYear=2026"))!;
        var failed = Assert.Single(statement["failedPayments"]!.AsArray())!;
        Assert.Equal(("The account number was wrong", MeetingPayPence + BusFarePence), ((string?)failed["reason"], (long)failed["amountPence"]!));
        Assert.Empty(statement["payments"]!.AsArray());
        Assert.Empty(statement["periods"]!.AsArray());
        var again = ItemFor(await CreateRun(), person);
        Assert.Equal(MeetingPayPence + BusFarePence, (long?)again["amountPence"]);
    }

    [Fact]
    public async Task Another_persons_statement_is_not_found_and_a_bad_tax_year_is_refused()
    {
        var (person, _) = await CappedPersonWithClaims("cap.owner@example.org", "defer", limitPence: 20000, count: 0);
        await app.RegisterPerson("cap.other@example.org");

        var response = await app.As(Roles.CoProducer, "cap.other@example.org").GetAsync($"/api/v1/people/{person}/statement");
        var unknown = await _finance.GetAsync($"/api/v1/people/{Guid.NewGuid()}/statement");

        await response.AssertProblem(HttpStatusCode.NotFound);
        await unknown.AssertProblem(HttpStatusCode.NotFound);
        await (await _finance.GetAsync($"/api/v1/people/{person}/statement?taxYear=1066")).AssertInvalidField("taxYear");
        await (await _finance.GetAsync($"/api/v1/people/{person}/statement?format=pdf")).AssertInvalidField("format");
    }

    [Fact]
    public async Task The_statement_comes_as_csv_and_as_a_printable_page()
    {
        var (person, _) = await CappedPersonWithClaims("cap.files@example.org", "defer", limitPence: 5000, count: 1);
        await CreateRun();

        var csv = await _finance.GetAsync($"/api/v1/people/{person}/statement?taxYear=2026&format=csv");
        var html = await _finance.GetAsync($"/api/v1/people/{person}/statement?taxYear=2026&format=html");
        var byAccept = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/people/{person}/statement?taxYear=2026");
        byAccept.Headers.Accept.ParseAdd("text/csv");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var rows = CsvRows.Read(await csv.Content.ReadAsStreamAsync());
        Assert.Equal("row", rows[0][0]);
        Assert.Contains(rows, r => r[0] == "payment" && r[1] == "2026-11-27" && r[4] == "50.00" && r[5] == "6.40" && r[7] == "Due");
        Assert.Contains(rows, r => r[0] == "deferred" && r[4] == "12.50");
        Assert.Contains(rows, r => r[0] == "tax year" && r[4] == "0.00" && r[5] == "0.00");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("Payment statement for Person cap.files@example.org", page, StringComparison.Ordinal);
        Assert.Contains("£12.50 deferred to a later payment", page, StringComparison.Ordinal);
        Assert.Equal("text/csv", (await _finance.SendAsync(byAccept)).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Pay_in_a_run_not_yet_paid_is_due_and_counts_only_once_the_run_is_paid()
    {
        var (person, _) = await CappedPersonWithClaims("cap.due@example.org", "defer", limitPence: 20000, count: 1);
        var item = ItemFor(await CreateRun(), person);

        var due = await StatementOf(person);
        await PayRun(item);
        var paid = await StatementOf(person);

        Assert.Equal("Due", (string?)Assert.Single(due["payments"]!.AsArray())!["status"]);
        Assert.Equal((0L, 0L), ((long)due["totalInvolvementPence"]!, (long)due["totalExpensesPence"]!));
        Assert.Empty(due["periods"]!.AsArray());
        Assert.Equal("Paid", (string?)Assert.Single(paid["payments"]!.AsArray())!["status"]);
        Assert.Equal((MeetingPayPence, BusFarePence), ((long)paid["totalInvolvementPence"]!, (long)paid["totalExpensesPence"]!));
        Assert.Equal(MeetingPayPence, (long?)Assert.Single(paid["periods"]!.AsArray())!["involvementPence"]);
    }

    [Fact]
    public async Task Runs_that_pay_nothing_for_a_deferred_claim_show_it_held_back_once_in_every_format()
    {
        var (person, claims) = await CappedPersonWithClaims("cap.empty@example.org", "defer", limitPence: 1000, count: 1);
        await CreateRun();
        await CreateRun();
        await CreateRun();

        var statement = await StatementOf(person);
        var rows = CsvRows.Read(await (await _finance.GetAsync($"/api/v1/people/{person}/statement?taxYear=2026&format=csv")).Content.ReadAsStreamAsync());
        var page = await _finance.GetStringAsync($"/api/v1/people/{person}/statement?taxYear=2026&format=html");

        var held = Assert.Single(statement["heldBack"]!.AsArray())!;
        Assert.Equal(("deferred", MeetingPayPence - 1000, claims[0]), ((string?)held["outcome"], (long)held["amountPence"]!, (Guid)held["claimId"]!));
        Assert.Equal(MeetingPayPence - 1000, (long?)statement["deferredPence"]);
        Assert.Equal("52.50", Assert.Single(rows, r => r[0] == "deferred")[4]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "£52.50 deferred to a later payment"));
    }

    [Fact]
    public async Task A_bank_return_of_a_payment_that_paid_part_of_a_claim_is_owed_again_and_paid_by_the_next_run()
    {
        var (person, claims) = await CappedPersonWithClaims("cap.part.return@example.org", "defer", limitPence: 1000, count: 1);
        var item = ItemFor(await CreateRun(), person);
        await PayRun(item);
        Assert.Equal("Approved", await StatusOf(claims[0]));

        var returned = await _finance.PostAsJsonAsync($"/api/v1/batches/{item["runId"]}/items/{item["id"]}/failed", new { reason = "Returned by the bank: account closed." });

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("Approved", await StatusOf(claims[0]));
        await AssertBalanced(person, payable: MeetingPayPence + BusFarePence);
        var again = ItemFor(await CreateRun(), person);
        Assert.Equal(1000 + BusFarePence, (long?)again["amountPence"]);
        await AssertBalanced(person, payable: MeetingPayPence - 1000);
        var statement = await StatementOf(person);
        Assert.Equal(1000 + BusFarePence, (long?)Assert.Single(statement["failedPayments"]!.AsArray())!["amountPence"]);
    }

    [Fact]
    public async Task A_quote_shows_what_the_next_run_will_pay_defer_or_waive_in_plain_words()
    {
        var (person, claims) = await CappedPersonWithClaims("cap.quote@example.org", "defer", limitPence: 10000, count: 1);

        var quote = (await (await app.As(Roles.CoProducer, "cap.quote@example.org").PostAsJsonAsync("/api/v1/quotes", Scenario.Meeting())).Content.ReadFromJsonAsync<JsonObject>())!;
        var claim = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{claims[0]}"))!;

        var benefits = quote["benefits"]!;
        Assert.Equal(("2026-12-04", 10000 - MeetingPayPence, (2 * MeetingPayPence) - 10000, 0L), ((string?)benefits["nextPaymentDate"], (long)benefits["paidPence"]!, (long)benefits["deferredPence"]!, (long)benefits["waivedPence"]!));
        Assert.Equal("carers-allowance", (string?)benefits["limitApplied"]);
        var limit = benefits["limits"]![0]!;
        Assert.Equal((10000L, MeetingPayPence, 10000 - MeetingPayPence, 0L), ((long)limit["limitPence"]!, (long)limit["countedPence"]!, (long)limit["roomPence"]!, (long)limit["roomAfterPence"]!));
        Assert.Contains(benefits["messages"]!.AsArray(), m => ((string?)m)!.EndsWith("will wait for a later payment.", StringComparison.Ordinal));
        Assert.Equal((MeetingPayPence, 0L), ((long)claim["benefits"]!["paidPence"]!, (long)claim["benefits"]!["deferredPence"]!));
        Assert.Equal(person, (Guid)claim["personId"]!);
    }

    [Fact]
    public async Task A_claim_says_what_a_run_held_back_from_it()
    {
        var (_, claims) = await CappedPersonWithClaims("cap.claim@example.org", "waive", limitPence: 6000, count: 1);
        await CreateRun();

        var claim = (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{claims[0]}"))!;

        var held = Assert.Single(claim["heldBack"]!.AsArray())!;
        Assert.Equal(("waived", MeetingPayPence - 6000), ((string?)held["outcome"], (long)held["amountPence"]!));
        Assert.Null(claim["benefits"]);
    }

    [Fact]
    public async Task Hours_over_the_ESA_permitted_work_limit_in_a_benefit_week_are_a_warning_on_the_claim()
    {
        const string email = "cap.esa@example.org";
        await app.RegisterPerson(email, new { benefits = new[] { new { kind = "esa-permitted-work" } } });
        var coProducer = app.As(Roles.CoProducer, email);

        var first = await coProducer.SubmitOk(Scenario.Meeting(date: "2026-11-16", attended: 480));
        var second = await coProducer.SubmitOk(Scenario.Meeting(date: "2026-11-18", attended: 480));
        var nextWeek = await coProducer.SubmitOk(Scenario.Meeting(date: "2026-11-23", attended: 480));

        Assert.DoesNotContain(first["warnings"]!.AsArray(), w => (string?)w!["code"] == "WeeklyHoursOverLimit");
        var warning = Assert.Single(second["warnings"]!.AsArray(), w => (string?)w!["code"] == "WeeklyHoursOverLimit")!;
        Assert.Contains("under 16 hours a week", (string?)warning["message"], StringComparison.Ordinal);
        Assert.DoesNotContain(nextWeek["warnings"]!.AsArray(), w => (string?)w!["code"] == "WeeklyHoursOverLimit");
    }

    private async Task<(Guid Person, List<Guid> Claims)> CappedPersonWithClaims(string email, string choice, long limitPence, int count)
    {
        var person = await app.RegisterPerson(email, new
        {
            benefits = new[] { new { kind = "carers-allowance", personalLimitPence = limitPence } },
            overCapChoice = choice,
        });
        var claims = await app.ApprovedMeetings(email, count);
        return (person, [.. claims.Select(c => (Guid)c["id"]!)]);
    }

    private Task<JsonObject> CreateRun() => _finance.CreateRunOk();

    private async Task<JsonObject> StatementOf(Guid person) =>
        (await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/people/{person}/statement?taxYear=2026"))!;

    private static JsonObject ItemFor(JsonObject run, Guid person)
    {
        var item = run["items"]!.AsArray().Single(i => (Guid)i!["personId"]! == person)!.AsObject();
        item["runId"] = run["id"]!.DeepClone();
        return item;
    }

    private async Task PayRun(JsonObject item) =>
        Assert.Equal(HttpStatusCode.OK, (await _finance.PostAsync($"/api/v1/batches/{item["runId"]}/paid", null)).StatusCode);

    private async Task<string?> StatusOf(Guid claim) =>
        (string?)(await _finance.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{claim}"))!["status"];

    private async Task AssertBalanced(Guid person, long payable)
    {
        var balance = (await _finance.GetFromJsonAsync<JsonObject>("/api/v1/ledger/trial-balance"))!;
        Assert.Equal((long?)balance["totalDebitPence"], (long?)balance["totalCreditPence"]);
        var row = balance["accounts"]!.AsArray().SingleOrDefault(a => (string?)a!["account"] == $"liability:payable:{person}");
        Assert.Equal(payable, row is null ? 0 : -(long)row["balancePence"]!);
    }
}
