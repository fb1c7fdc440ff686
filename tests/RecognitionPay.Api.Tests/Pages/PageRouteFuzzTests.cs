using CsCheck;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>Every page asked for with hostile ids and query strings by everyone signed in: never a 5xx, never a stack trace, and no page read changes a row but the audit of a file or receipt taken.</summary>
public sealed class PageRouteFuzzTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static readonly string[] Pages =
    [
        "/", "/activities", "/activities/new", "/audit", "/claim/activity", "/claim/check", "/claim/correct/{id}", "/claim/cost-amounts", "/claim/for/{id}",
        "/claim/how-long", "/claim/other-costs", "/claim/preparation", "/claim/receipt/{id}", "/claim/receipts", "/claim/sent/{id}", "/claim/thanks",
        "/claim/travel", "/claim/travel-details", "/claim/travel-time", "/claim/when", "/claims", "/claims/{id}", "/help", "/ledger", "/ledger/entries",
        "/my-payments", "/my-statement", "/my-statement/{year}", "/payment-runs", "/payment-runs/new", "/payment-runs/{id}", "/payment-runs/{id}/file/{format}",
        "/payment-runs/{id}/items/{item}/failed", "/people", "/people/new", "/people/{id}", "/people/{id}/benefits", "/people/{id}/payment-details",
        "/people/{id}/sign-in-link", "/policy/new", "/policy", "/policy/{version}", "/problem/{year}", "/reports", "/reports/unpaid-payees.csv",
        "/reports/trading-allowance.csv",
    ];

    private static readonly string[] Names = ["page", "q", "status", "from", "to", "personId", "taxYear", "format", "entityType", "entityId", "actor", "paymentDate", "on", "returnUrl"];

    private static readonly string[] Values =
    [
        "", "0", "-1", "2", "2147483647", "99999999999999999999", "abc", "%00", "%E9", "%ED%A0%80", "2026-02-30", "9999-12-31", "0001-01-01",
        "Submitted", "csv", "https://evil.example/", "//evil.example", "%3Cscript%3E", "'%20OR%201%3D1", new string('x', 3_000),
    ];

    private static readonly Gen<string> Query = Gen.Select(Gen.OneOf(Names), Gen.OneOf(Values), (name, value) => $"{name}={value}")
        .Array[0, 4].Select(pairs => pairs.Length == 0 ? "" : "?" + string.Join("&", pairs));

    [Theory]
    [InlineData("/problem/2025")]
    [InlineData("/problem/200")]
    [InlineData("/problem/2147483647")]
    [InlineData("/problem/500")]
    public async Task The_problem_page_asked_for_with_a_status_that_is_no_refusal_is_a_page_not_found(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_page_addresses_asked_for_by_every_role_are_never_a_5xx_and_change_nothing()
    {
        const string email = "page.fuzz@example.org";
        var (person, claim, other, run) = await app.OneOfEach(email);
        var browsers = await PageClient.EveryRoleAsync(app, email, "page.fuzz");

        string[] ids = [person.ToString(), claim.ToString(), other.ToString(), (string)run["id"]!, (string)run["items"]![0]!["id"]!, Guid.NewGuid().ToString()];
        string[] words = ["2026", "2025", "0", "-1", "2147483647", "csv", "bacs18", "pdf", "2026-04", "..", "%C3%A9", "x"];
        var before = await app.EveryTableCount();

        await Gen.Select(Gen.OneOf(Pages), Gen.OneOf([.. Roles.All]), Query, Gen.OneOf(ids), Gen.OneOf(words))
            .SampleAsync(
                async (page, role, query, id, word) =>
                {
                    var path = page.Replace("{id}", id, StringComparison.Ordinal).Replace("{item}", id, StringComparison.Ordinal)
                        .Replace("{year}", word, StringComparison.Ordinal).Replace("{format}", word, StringComparison.Ordinal).Replace("{version}", word, StringComparison.Ordinal) + query;

                    var response = await browsers[role].GetAsync(path);

                    var status = (int)response.StatusCode;
                    var answer = await response.Content.ReadAsStringAsync();
                    Assert.True(status < 500, $"GET {path} as {role} answered {status}: {answer[..Math.Min(answer.Length, 2_000)]}");
                    Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
                },
                iter: 500,
                threads: 1);

        Assert.Equal(before, await app.EveryTableCount());
    }
}
