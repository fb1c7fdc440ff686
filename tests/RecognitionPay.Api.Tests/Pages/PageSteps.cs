using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>Steps the page journeys share: signing in with a one-time link, a short claim on the easy-read pages, a screenshot.</summary>
public static class PageSteps
{
    public static string Screenshots => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    public static string LinkFor(BrowserApp app, string email, string role = Roles.CoProducer) =>
        SignInLinks.PathFor(SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), email, role, app.Clock.GetCurrentInstant()).Token);

    /// <summary>A new browser signed in as <paramref name="email"/> in <paramref name="role"/>, on their home page.</summary>
    public static async Task<IPage> SignedInAsync(BrowserApp app, string email, string role, string hello, bool javaScript = true)
    {
        var page = await app.NewPageAsync(javaScript);
        await page.GotoAsync(LinkFor(app, email, role));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(hello);
        return page;
    }

    /// <summary>From the first question: a meeting on a day of November 2026, for some hours, with no preparation, travel or costs, to the check page.</summary>
    public static async Task AnswerMeetingAsync(IPage page, string day, string hours)
    {
        await page.GetByLabel("Go to a meeting and say what you think.").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Day").FillAsync(day);
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await ContinueAsync(page);
        await page.GetByLabel("Hours").FillAsync(hours);
        await ContinueAsync(page);
        await page.GetByLabel("Minutes").FillAsync("0");
        await ContinueAsync(page);
        await page.GetByLabel("I walked, or it did not cost me anything.").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Minutes").FillAsync("0");
        await ContinueAsync(page);
        await page.GetByLabel("No, I did not pay for anything else.").CheckAsync();
        await ContinueAsync(page);
        await ContinueAsync(page);
        await page.GetByLabel("Money, paid to you.").CheckAsync();
        await ContinueAsync(page);
    }

    /// <summary>Opens a page from the service navigation, checks its heading and passes axe on it.</summary>
    public static async Task FromMenuAsync(IPage page, string link, string heading)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await HeadingAsync(page, heading);
        await BrowserApp.AssertAccessibleAsync(page);
    }

    public static Task ContinueAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    public static Task ClickAsync(IPage page, string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public static async Task HeadingAsync(IPage page, string heading) =>
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);

    /// <summary>The error summary names the problem, the title says there is one, and the error state passes axe.</summary>
    public static async Task ErrorShownAsync(IPage page, string error)
    {
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync(error);
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await BrowserApp.AssertAccessibleAsync(page);
    }

    public static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });
    }
}
