using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>The staff and finance lists show a page at a time, however long they grow, with links to the pages either side.</summary>
public sealed partial class PagedListTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task A_list_longer_than_a_page_shows_fifty_rows_and_the_rest_on_the_next_page()
    {
        for (var i = 0; i < 53; i++)
        {
            await app.RegisterPerson($"paged.{i:00}@example.org", new { displayName = $"Paged Person {i:00}" });
        }

        var staff = await PageClient.SignedInAsync(app, "officer.paged@council.example", Roles.Staff);
        var first = await staff.GetStringAsync("/people?q=paged");
        var second = await staff.GetStringAsync("/people?q=paged&page=2");

        Assert.Equal(50, Rows().Matches(first).Count);
        Assert.Contains("Showing 1 to 50 of 53.", first, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of this list\">", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/people?q=paged&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(3, Rows().Matches(second).Count);
        Assert.Contains("Showing 51 to 53 of 53.", second, StringComparison.Ordinal);
        Assert.Contains("Paged Person 52", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Paged Person 00", second, StringComparison.Ordinal);

        var finance = await PageClient.SignedInAsync(app, "finance.paged@council.example", Roles.Finance);
        var accounts = await finance.GetStringAsync("/ledger?page=9");
        Assert.Contains("they agree.", accounts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_longer_than_a_page_shows_its_totals_whole_and_its_payments_a_page_at_a_time_in_the_order_the_api_lists_them()
    {
        for (var i = 0; i < 53; i++)
        {
            var email = $"run.payee.{i:00}@example.org";
            await app.RegisterPerson(email, new { displayName = $"Run Payee {i:00}" });
            await app.ApprovedMeetings(email, 1);
        }

        var run = await app.As(Roles.Finance, "finance.api@council.example").CreateRunOk();
        var listed = (await app.As(Roles.Finance, "finance.api@council.example").GetFromJsonAsync<JsonObject>($"/api/v1/batches/{run["id"]}"))!["items"]!.AsArray()
            .Select(i => (Guid)i!["personId"]!).ToList();
        var finance = await PageClient.SignedInAsync(app, "finance.run.pages@council.example", Roles.Finance);
        var first = await finance.GetStringAsync($"/payment-runs/{run["id"]}");
        var second = await finance.GetStringAsync($"/payment-runs/{run["id"]}?page=2");
        var beyond = await finance.GetStringAsync($"/payment-runs/{run["id"]}?page=9");

        Assert.Equal(53, (int)run["itemCount"]!);
        const string total = "&#xA3;3,651.70 in 53 payments";
        Assert.Contains(total, first, StringComparison.Ordinal);
        Assert.Contains(total, second, StringComparison.Ordinal);
        Assert.Equal(50, PaidTo().Matches(first).Count);
        Assert.Contains("Showing 1 to 50 of 53.", first, StringComparison.Ordinal);
        var names = await app.InDatabase(db => db.People.AsNoTracking().ToDictionaryAsync(p => p.Id.Value, p => p.DisplayName));
        Assert.Equal(listed.Skip(50).Select(id => names[id]), PaidTo().Matches(second).Select(m => m.Groups[1].Value));
        Assert.Contains("Showing 51 to 53 of 53.", second, StringComparison.Ordinal);
        Assert.Equal(PaidTo().Matches(second).Select(m => m.Value), PaidTo().Matches(beyond).Select(m => m.Value));

        var item = run["items"]!.AsArray()[0]!;
        (await app.As(Roles.Finance, "finance.api@council.example").PostAsJsonAsync($"/api/v1/batches/{run["id"]}/items/{item["id"]}/failed", new { reason = "Account closed" })).EnsureSuccessStatusCode();
        Assert.Contains("&#xA3;3,582.80 in 53 payments", await finance.GetStringAsync($"/payment-runs/{run["id"]}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_co_producer_with_years_of_claims_sees_their_newest_twenty_on_the_home_page()
    {
        const string email = "many.claims@example.org";
        await app.RegisterPerson(email);
        var coProducer = app.As(Roles.CoProducer, email);
        for (var i = 0; i < 200; i++)
        {
            await coProducer.SubmitOk(Scenario.Meeting(date: "2026-11-10"));
        }

        await coProducer.SubmitOk(Scenario.Meeting(date: "2026-11-17"));

        var home = await (await PageClient.SignedInAsync(app, email, Roles.CoProducer)).GetStringAsync("/");

        Assert.Equal(20, Cards().Matches(home).Count);
        Assert.Equal(1, Regex.Count(home, $"on {PeriodWording.Day(new LocalDate(2026, 11, 17))}</h3>"));
    }

    [GeneratedRegex("<tr class=\"govuk-table__row\">\\s*<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/people/")]
    private static partial Regex Rows();

    [GeneratedRegex("Mark failed<span class=\"govuk-visually-hidden\"> the payment to ([^<]+)</span>")]
    private static partial Regex PaidTo();

    [GeneratedRegex("<h3 class=\"govuk-summary-card__title\">")]
    private static partial Regex Cards();
}
