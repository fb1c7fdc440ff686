using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>Hostile bodies are refused naming the field, quickly, and change nothing.</summary>
public sealed class HostileInputTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _owner = app.As(Roles.PolicyOwner);

    private readonly HttpClient _staff = app.As(Roles.Staff, Scenario.StaffEmail);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PublishYaml(string yaml) =>
        _owner.PostAsync("/api/v1/policies", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

    [Fact]
    public async Task Deeply_nested_yaml_is_refused_without_overflowing_the_stack()
    {
        var response = await PublishYaml("version: " + new string('[', 100_000));

        var messages = await response.AssertInvalidField("body");
        Assert.Contains(messages, m => m.Contains("64 levels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Yaml_aliases_are_refused_before_anything_is_expanded()
    {
        var laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'h'; level++)
        {
            laughs.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat($"*{(char)(level - 1)}", 10))).Append("]\n");
        }

        var started = DateTime.UtcNow;
        var response = await PublishYaml(laughs.ToString());

        var messages = await response.AssertInvalidField("body");
        Assert.Contains(messages, m => m.Contains("anchors, aliases and tags", StringComparison.Ordinal));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_body_over_1_mb_is_a_413()
    {
        var policy = await PublishYaml("title: " + new string('x', 1_100_000));
        var claim = await _staff.PostAsync("/api/v1/activities", Json("{\"title\":\"" + new string('x', 1_100_000) + "\"}"));

        await policy.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        await claim.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    public static TheoryData<string, string> BrokenText => new()
    {
        { "bankAccount.accountName", "A\\u0001Morgan" },
        { "bankAccount.accountName", "A\\u0000Morgan" },
        { "bankAccount.accountName", "A\\uFFFEMorgan" },
        { "bankAccount.accountName", "A\\uD800Morgan" },
        { "displayName", "\\u200B\\u200B" },
        { "displayName", "   " },
    };

    [Theory]
    [MemberData(nameof(BrokenText))]
    public async Task Text_with_control_or_invisible_characters_is_refused_naming_the_field(string field, string escaped)
    {
        var name = field == "displayName" ? escaped : "Alex Morgan";
        var account = field == "displayName" ? "Alex Morgan" : escaped;
        var before = await app.Counts();

        var response = await _staff.PostAsync("/api/v1/people", Json($$"""
            {"displayName":"{{name}}","email":"text.{{Guid.NewGuid():N}}@example.org","paymentMethod":"bank-transfer",
             "bankAccount":{"accountName":"{{account}}","sortCode":"12-34-56","accountNumber":"12345678"},
             "benefits":[],"overCapChoice":"defer","eligibleForPayment":true}
            """));

        await response.AssertInvalidField(field);
        Assert.Equal(before, await app.Counts());
    }

    [Fact]
    public async Task A_reason_of_only_spaces_is_refused()
    {
        await app.RegisterPerson("reason.spaces@example.org");
        var claim = await app.As(Roles.CoProducer, "reason.spaces@example.org").SubmitOk(Scenario.Meeting());

        var response = await _staff.Decide((Guid)claim["id"]!, "reject", "\u2003\u200B ");

        await response.AssertInvalidField("reason");
    }

    public static TheoryData<string, string, string, string> BadNumbersAndDates => new()
    {
        { "POST", "/api/v1/quotes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":"90"}""", "attendedMinutes" },
        { "POST", "/api/v1/quotes", """{"activityTypeCode":"meeting","activityDate":"2300-01-01","attendedMinutes":60,"expenses":[{"categoryCode":"mileage-car","miles":10}]}""", "activityDate" },
        { "POST", "/api/v1/quotes", """{"activityTypeCode":"meeting","activityDate":"2026-11-20","attendedMinutes":60,"expenses":[null]}""", "expenses[0]" },
        { "POST", "/api/v1/batches", """{"paymentDate":"9999-12-31"}""", "paymentDate" },
        { "POST", "/api/v1/batches", """{"paymentDate":"2027-01-05"}""", "paymentDate" },
        { "GET", "/api/v1/ledger/entries?to=9999-12-31", "", "to" },
        { "GET", "/api/v1/claims?from=1999-12-31", "", "from" },
        { "PUT", "/api/v1/people/{person}/benefits", "{}", "benefits" },
        { "PUT", "/api/v1/people/{person}/benefits", """{"benefits":null}""", "benefits" },
        { "PUT", "/api/v1/people/{person}/benefits", """{"benefits":[null]}""", "benefits[0]" },
        { "PUT", "/api/v1/people/{person}/benefits", """{"benefits":[{"kind":"carers-allowance","periodStart":"2026-11-30"}]}""", "benefits[0].periodStart" },
    };

    [Theory]
    [MemberData(nameof(BadNumbersAndDates))]
    public async Task Numbers_as_strings_and_dates_out_of_range_are_400s_naming_the_field(string method, string path, string body, string field)
    {
        var person = await app.RegisterPerson($"dates.{Guid.NewGuid():N}@example.org");
        var role = path.Contains("batches", StringComparison.Ordinal) || path.Contains("ledger", StringComparison.Ordinal) ? Roles.Finance : Roles.Staff;
        var before = await app.Counts();
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{person}", person.ToString(), StringComparison.Ordinal))
        {
            Content = method == "GET" ? null : Json(body),
        };

        var response = await app.As(role).SendAsync(request);

        await response.AssertInvalidField(field);
        Assert.Equal(before, await app.Counts());
    }

    [Theory]
    [InlineData("pain001")]
    [InlineData("csv")]
    public async Task A_payment_file_is_sent_whole_or_not_at_all(string format)
    {
        var person = await app.RegisterPerson($"file.{format}@example.org");
        await app.ApprovedMeetings($"file.{format}@example.org", 1);
        var finance = app.As(Roles.Finance, "finance@council.example");
        var run = await finance.CreateRunOk();
        await app.InDatabase(async db =>
        {
            var stored = await db.People.SingleAsync(p => p.Id == new PersonId(person));
            db.Entry(stored).Property(p => p.DisplayName).CurrentValue = "A\u0001Morgan";
            return await db.SaveChangesAsync();
        });

        var response = await finance.GetAsync($"/api/v1/batches/{run["id"]}/export?format={format}");

        await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal("UnwritableText", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]);
    }

    [Fact]
    public async Task Every_download_is_audited_with_who_took_which_run_in_which_format()
    {
        await app.RegisterPerson("file.audit@example.org");
        await app.ApprovedMeetings("file.audit@example.org", 1);
        var finance = app.As(Roles.Finance, "auditor.finance@council.example");
        var run = await finance.CreateRunOk();

        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/api/v1/batches/{run["id"]}/export?format=bacs18")).StatusCode);

        var entries = (await finance.GetFromJsonAsync<JsonObject>($"/api/v1/audit?entityType=PaymentRun&entityId={run["id"]}"))!["items"]!.AsArray();
        var exported = Assert.Single(entries, e => (string?)e!["action"] == "PaymentFileExported")!;
        Assert.Equal("auditor.finance@council.example", (string?)exported["actor"]);
        Assert.Contains("bacs18", exported["after"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/claims?page=abc", "page")]
    [InlineData("/api/v1/claims?pageSize=1.5", "pageSize")]
    [InlineData("/api/v1/people/{person}/statement?taxYear=twenty", "taxYear")]
    public async Task A_query_that_cannot_be_read_names_the_parameter_and_nothing_of_the_code(string path, string field)
    {
        var person = await app.RegisterPerson($"binder.{Guid.NewGuid():N}@example.org");

        var response = await _staff.GetAsync(path.Replace("{person}", person.ToString(), StringComparison.Ordinal));

        await response.AssertInvalidField(field);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("bind", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Nullable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("int?", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/audit?entityId=%00", Roles.Admin, "entityId")]
    [InlineData("/api/v1/audit?actor=a%01b", Roles.Staff, "actor")]
    [InlineData("/api/v1/people?q=%00", Roles.Staff, "q")]
    [InlineData("/api/v1/people?q=a%EF%BF%BEb", Roles.Staff, "q")]
    public async Task A_query_value_with_a_control_or_broken_character_is_refused_naming_the_parameter(string path, string role, string field)
    {
        var response = await app.As(role).GetAsync(path);

        await response.AssertInvalidField(field);
    }

    [Fact]
    public async Task A_page_asked_for_with_a_control_character_in_its_query_says_so_in_a_page()
    {
        var staff = await PageClient.SignedInAsync(app, Scenario.StaffEmail, Roles.Staff);

        var response = await staff.GetAsync("/people?q=%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Something was wrong with what was sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/claims", Roles.Admin)]
    [InlineData("/api/v1/audit", Roles.Admin)]
    [InlineData("/api/v1/people", Roles.Staff)]
    [InlineData("/api/v1/ledger/entries", Roles.Finance)]
    public async Task The_last_page_number_there_is_answers_an_empty_page(string path, string role)
    {
        var response = await app.As(role).GetAsync($"{path}?page={int.MaxValue}&pageSize=200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(int.MaxValue, (int)page["page"]!);
    }

    [Fact]
    public async Task A_write_with_no_body_says_a_body_is_needed_and_nothing_of_the_code()
    {
        var response = await _staff.PostAsync("/api/v1/activities", new StringContent("", Encoding.UTF8, "application/json"));

        await response.AssertInvalidField("body");
        Assert.DoesNotContain("inferred", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
