using System.Text.RegularExpressions;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

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

    [GeneratedRegex("<tr class=\"govuk-table__row\">\\s*<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/people/")]
    private static partial Regex Rows();
}
