using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using static RecognitionPay.Api.Tests.Pages.PageSteps;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>Finance on their pages in a real Chromium: a run seen before it is made, its Bacs file, a failed payment, paid; the reports and the ledger.</summary>
public sealed class FinancePageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Finance_make_a_run_seeing_what_caps_hold_back_download_its_Bacs_file_and_mark_it_paid()
    {
        await app.RegisterPerson("finpages.eli@example.org", new { displayName = "Eli Moss" });
        await app.ApprovedMeetings("finpages.eli@example.org", 2);
        var fay = await app.RegisterPerson("finpages.fay@example.org", new { displayName = "Fay Rudd", benefits = new[] { new { kind = "carers-allowance", personalLimitPence = 5000L } } });
        await app.ApprovedMeetings("finpages.fay@example.org", 1);
        await app.RegisterPerson("finpages.gil@example.org", new { displayName = "Gil Page", paymentMethod = "none", bankAccount = (object?)null });
        await app.ApprovedMeetings("finpages.gil@example.org", 1);

        var finance = await SignedInAsync(app, "finance.pages@council.example", Roles.Finance, "Your work");
        await BrowserApp.AssertAccessibleAsync(finance);
        await FromMenuAsync(finance, "Payment runs", "Payment runs");
        await ShotAsync(finance, "finance-01-runs");

        await finance.GetByLabel("Make a payment run now").FillAsync("2026-11-28");
        await ClickAsync(finance, "See what it will pay");
        await ErrorShownAsync(finance, "Saturday 28 November 2026 is not a working day");
        await finance.GetByLabel("Payment date").FillAsync("");
        await ClickAsync(finance, "See what it will pay");
        var main = finance.Locator("main");
        // Eli's two meetings at £68.90; Fay's pay is £62.50 against a £50 limit, so £12.50 waits, and her £6.40 fare is paid.
        await Assertions.Expect(main).ToContainTextAsync("It will pay £194.20 in 2 payments on Friday 27 November 2026.");
        await Assertions.Expect(main).ToContainTextAsync("Benefits limits hold back £12.50 to a later run and waive £0.00.");
        await Assertions.Expect(finance.Locator("table").Nth(1)).ToContainTextAsync("Fay Rudd");
        await BrowserApp.AssertAccessibleAsync(finance);
        await ShotAsync(finance, "finance-02-preview");
        Assert.Equal(0, await app.InDatabase(db => db.PaymentRuns.CountAsync()));

        await ClickAsync(finance, "Make this payment run");
        await Assertions.Expect(finance.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Payment run made.");
        await HeadingAsync(finance, "Payment run for Friday 27 November 2026");
        await BrowserApp.AssertAccessibleAsync(finance);
        await ShotAsync(finance, "finance-03-run");

        var download = await finance.RunAndWaitForDownloadAsync(() => finance.GetByRole(AriaRole.Link, new() { Name = "Bacs Standard 18 file for this run" }).ClickAsync());
        var bacs = await File.ReadAllLinesAsync((await download.PathAsync())!);
        // A Direct Credit record for each of Eli and Fay, then the contra record debiting the council with their total.
        Assert.Equal(3, bacs.Length);
        Assert.All(bacs, line => Assert.Equal(100, line.Length));
        Assert.All(bacs[..2], line => Assert.Contains("12345678", line, StringComparison.Ordinal));
        Assert.Contains("00000019420", bacs[2], StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabase(db => db.AuditEntries.CountAsync(a => a.Action == "PaymentFileExported")));

        await finance.GetByRole(AriaRole.Link, new() { Name = "Mark failed the payment to Fay Rudd" }).ClickAsync();
        await HeadingAsync(finance, "Mark the payment to Fay Rudd failed");
        await BrowserApp.AssertAccessibleAsync(finance);
        await ClickAsync(finance, "Mark failed");
        await ErrorShownAsync(finance, "Say why");
        await finance.GetByLabel("Why did it fail?").FillAsync("The bank returned it: the account is closed.");
        await ClickAsync(finance, "Mark failed");
        await Assertions.Expect(finance.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Payment marked failed.");
        await Assertions.Expect(main).ToContainTextAsync("Failed: The bank returned it: the account is closed.");

        await ClickAsync(finance, "Mark the run paid");
        await Assertions.Expect(finance.Locator(".govuk-caption-l")).ToHaveTextAsync("Paid");
        await Assertions.Expect(finance.GetByRole(AriaRole.Button, new() { Name = "Mark the run paid" })).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(finance);

        await FromMenuAsync(finance, "Reports", "Reports");
        await Assertions.Expect(finance.Locator("table").First).ToContainTextAsync("Gil Page");
        await Assertions.Expect(finance.Locator("table").First).ToContainTextAsync("£68.90");
        await BrowserApp.AssertAccessibleAsync(finance);
        await ShotAsync(finance, "finance-04-reports");
        var csv = await finance.RunAndWaitForDownloadAsync(() => finance.GetByRole(AriaRole.Link, new() { Name = "Download as CSV the people owed money no run can pay" }).ClickAsync());
        var rows = await File.ReadAllLinesAsync((await csv.PathAsync())!);
        Assert.Equal("personId,displayName,paymentMethod,owed", rows[0]);
        Assert.EndsWith(",Gil Page,none,68.90", Assert.Single(rows[1..]), StringComparison.Ordinal);
        await finance.GetByLabel("Tax year starting 6 April of").FillAsync("last year");
        await ClickAsync(finance, "Show the tax year");
        await ErrorShownAsync(finance, "Write the tax year as the year it starts in");

        await FromMenuAsync(finance, "Ledger", "Trial balance");
        await Assertions.Expect(main).ToContainTextAsync("they agree.");
        await BrowserApp.AssertAccessibleAsync(finance);
        await ShotAsync(finance, "finance-05-trial-balance");
        await finance.GetByRole(AriaRole.Link, new() { Name = "Owed to Fay Rudd" }).ClickAsync();
        await HeadingAsync(finance, "Ledger entries");
        await Assertions.Expect(finance.Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(finance.Locator("tbody")).ToContainTextAsync("for Fay Rudd");
        await BrowserApp.AssertAccessibleAsync(finance);
        await finance.GetByLabel("From").FillAsync("1999-01-01");
        await ClickAsync(finance, "Show entries");
        await ErrorShownAsync(finance, "2000-01-01");

        // Fay's failed payment is owed again: paid by voucher now, the next run has no bank transfers, so no Bacs file.
        await app.As(Roles.Staff).PutAsJsonAsync($"/api/v1/people/{fay}/payment-details", new { paymentMethod = "voucher" });
        await app.RegisterPerson("finpages.ida@example.org", new { displayName = "Ida Voss", paymentMethod = "voucher", bankAccount = (object?)null });
        await app.ApprovedMeetings("finpages.ida@example.org", 1);
        var vouchers = await app.As(Roles.Finance).CreateRunOk();
        var noFile = await finance.GotoAsync($"/payment-runs/{vouchers["id"]}/file/bacs18");
        Assert.Equal(409, noFile!.Status);
        await HeadingAsync(finance, "There is no file to download");
        await Assertions.Expect(finance.Locator("main")).ToContainTextAsync("This run has no bank transfers");
        await BrowserApp.AssertAccessibleAsync(finance);
    }
}
