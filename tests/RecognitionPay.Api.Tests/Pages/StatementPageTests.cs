using System.Net.Http.Json;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>A co-producer's payments and printable statement, in easy read, from the same statement the API gives.</summary>
public sealed class StatementPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_paid_claim_shows_in_my_payments_and_in_the_statement_by_benefit_week_ready_to_print()
    {
        const string email = "statement.gus@example.org";
        await app.RegisterPerson(email, new { displayName = "Gus Hart", benefits = new[] { new { kind = "carers-allowance" } } });
        await app.ApprovedMeetings(email, 1);
        var finance = app.As(Roles.Finance);
        var run = await finance.CreateRunOk();
        (await finance.PostAsync($"/api/v1/batches/{run["id"]}/paid", null)).EnsureSuccessStatusCode();

        var page = await app.NewPageAsync();
        await page.GotoAsync(SignInLinks.PathFor(SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), email, Roles.CoProducer, app.Clock.GetCurrentInstant()).Token));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var easyRead = new EasyRead();

        await page.GetByRole(AriaRole.Link, new() { Name = "Your payments" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your payments");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"We paid you £68.90.");
        await BrowserApp.AssertAccessibleAsync(page);
        await easyRead.MeasureAsync(page, "my payments");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "docs", "screenshots", "claim-16-payments.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "See your statement to print" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your statement");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("For your time: £62.50.");
        await Assertions.Expect(main).ToContainTextAsync("For what you spent: £6.40.");
        await Assertions.Expect(page.Locator("caption")).ToHaveTextAsync("Carer's Allowance");
        await Assertions.Expect(main).ToContainTextAsync("We did not hold back any pay.");
        await BrowserApp.AssertAccessibleAsync(page);
        await easyRead.MeasureAsync(page, "my statement");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "docs", "screenshots", "claim-17-statement.png"), FullPage = true });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".govuk-service-navigation")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".govuk-footer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table")).ToBeVisibleAsync();
        easyRead.AssertMet(atLeast: 10);
    }
}
