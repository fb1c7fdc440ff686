using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>
/// Every page a co-producer sees, in every state, speaks easy read (web.md): at least 90% of its sentences have 15
/// words or fewer, none has more than 25, and there are no acronyms.
/// </summary>
public sealed class EasyReadTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Every_co_producer_page_has_short_sentences_and_no_acronyms()
    {
        const string email = "easy.read@example.org";
        await app.RegisterPerson(email, new { displayName = "Cy Rowe" });
        await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting());
        var link = SignInLinks.PathFor(SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), email, Roles.CoProducer, app.Clock.GetCurrentInstant()).Token);
        var page = await app.NewPageAsync();
        var easyRead = new EasyRead();

        Task Measure(string name) => easyRead.MeasureAsync(page, name);

        await page.GotoAsync("/sign-in");
        await Measure("sign in without a link");
        await page.GotoAsync("/help");
        await Measure("help");
        await page.GotoAsync(link);
        await Measure("sign in with a link");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Cy Rowe");
        await Measure("home with a claim");
        await page.GotoAsync(link);
        await Measure("a used link");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Measure("signed out");

        var unknown = await app.NewPageAsync();
        await unknown.GotoAsync(SignInLinks.PathFor(SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), "nobody.yet@example.org", Roles.CoProducer, app.Clock.GetCurrentInstant()).Token));
        await unknown.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await easyRead.MeasureAsync(unknown, "home of someone not registered");
        easyRead.AssertMet(atLeast: 20);
    }
}
