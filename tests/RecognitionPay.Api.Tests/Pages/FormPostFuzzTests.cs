using CsCheck;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>Every form sent back with hostile fields, by every role, with their antiforgery token (one a session, as every form carries): never a 5xx, never a stack trace.</summary>
public sealed class FormPostFuzzTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static readonly string[] Forms =
    [
        "/payment-runs/new", "/payment-runs/{run}", "/payment-runs/{run}/items/{item}/failed", "/people/{person}/sign-in-link", "/people/{person}/benefits",
        "/people/new", "/people/{person}/payment-details", "/claims", "/claim/for/{person}", "/claim/correct/{claim}", "/claim/check",
        "/claim/receipts?handler=add", "/claim/receipts?handler=remove", "/claims/{claim}?handler=approve", "/claims/{claim}?handler=reject",
        "/claims/{claim}?handler=return", "/activities/new", "/policy/new?handler=check", "/policy/new?handler=publish", "/claim/activity", "/claim/when",
        "/claim/how-long", "/claim/preparation", "/claim/travel", "/claim/travel-details", "/claim/travel-time", "/claim/other-costs",
        "/claim/cost-amounts", "/problem/400",
    ];

    private static readonly string[] Fields =
    [
        "activityTypeCode", "actor", "benefit", "change", "document", "eligibleForPayment", "entityId", "entityType", "from", "to", "hours", "minutes",
        "overCapChoice", "paymentDate", "paymentMethod", "personId", "q", "reason", "receiptId", "selected", "status", "taxYear", "title", "version",
        "accountName", "accountNumber", "sortCode", "date", "day", "month", "year", "displayName", "email", "done", "plannedMinutes", "prepAllowanceMinutes",
        "kind", "personalLimit", "periodStart", "amount", "miles", "chosen",
    ];

    private static readonly string[] Values =
    [
        "", " ", "0", "-1", "1", "90", "2147483648", "99999999999999999999", "1e308", "1.555", "£12.50", "abc", "\0", "\u0001", "\ud800", "\uFFFE",
        "\u200B", "2026-11-20", "2026-02-30", "9999-12-31", "31", "13", "true", "on", "meeting", "bank-transfer", "voucher", "none", "defer", "waive",
        "carers-allowance", "12-34-56", "12345678", "a@example.org", "<script>alert(1)</script>", "'; DROP TABLE claims; --",
        "00000000-0000-0000-0000-000000000000", "version: 1\nactivityTypes: [", new string('x', 5_000),
    ];

    private static readonly Gen<List<KeyValuePair<string, string>>> Fill =
        Gen.Select(Gen.OneOf(Fields), Gen.OneOf(Values), KeyValuePair.Create).List[0, 8];

    [Fact]
    public async Task Hostile_forms_sent_by_every_role_are_never_a_5xx()
    {
        const string email = "form.fuzz@example.org";
        var (person, claim, other, run) = await app.OneOfEach(email);
        var browsers = new Dictionary<string, (HttpClient Browser, string Token)>();
        foreach (var (role, browser) in await PageClient.EveryRoleAsync(app, email, "form.fuzz"))
        {
            var token = PageClient.AntiforgeryToken(await browser.GetStringAsync("/"));
            Assert.NotEmpty(token);
            browsers[role] = (browser, token);
        }

        string Address(string form) => form.Replace("{run}", (string)run["id"]!, StringComparison.Ordinal).Replace("{item}", (string)run["items"]![0]!["id"]!, StringComparison.Ordinal)
            .Replace("{person}", person.ToString(), StringComparison.Ordinal).Replace("{claim}", claim.ToString(), StringComparison.Ordinal);

        await Gen.Select(Gen.OneOf(Forms), Gen.OneOf([.. Roles.All]), Fill)
            .SampleAsync(
                async (form, role, fields) =>
                {
                    var path = Address(form);
                    var (browser, token) = browsers[role];
                    fields.Add(new("__RequestVerificationToken", token));

                    var response = await browser.PostAsync(path, new FormUrlEncodedContent(fields));

                    var status = (int)response.StatusCode;
                    var answer = await response.Content.ReadAsStringAsync();
                    Assert.True(status < 500, $"POST {path} as {role} with {string.Join("&", fields.Select(f => $"{f.Key}={f.Value[..Math.Min(f.Value.Length, 40)]}"))} answered {status}: {answer[..Math.Min(answer.Length, 2_000)]}");
                    Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
                },
                iter: 400,
                threads: 1);
    }
}
