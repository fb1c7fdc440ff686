using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>
/// A co-producer signs in with a one-time link and sees their claims in words, in a real Chromium, with an axe pass
/// on every page and error state.
/// </summary>
public sealed class SignInPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private string LinkFor(string email, string role = Roles.CoProducer) =>
        SignInLinks.PathFor(SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), email, role, app.Clock.GetCurrentInstant()).Token);

    [Fact]
    public async Task A_link_signs_a_co_producer_in_once_and_their_home_says_where_each_claim_has_got_to()
    {
        const string email = "pages.ana@example.org";
        await app.RegisterPerson(email, new { displayName = "Ana Pereira" });
        await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting());
        var link = LinkFor(email);

        var page = await app.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Ana Pereira");
        await Assertions.Expect(page.Locator(".govuk-summary-card")).ToContainTextAsync("We are checking it.");
        await Assertions.Expect(page.Locator(".govuk-summary-card__title")).ToContainTextAsync("Tuesday 17 November 2026");
        await BrowserApp.AssertAccessibleAsync(page);
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "recognitionpay");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
        Assert.Equal(1, await app.InDatabase(db => db.AuditEntries.CountAsync(a => a.Action == "SignedIn" && a.Actor == new Actor(email))));

        var again = await app.NewPageAsync();
        await again.GotoAsync(link);
        await Assertions.Expect(again.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This link does not work");
        await BrowserApp.AssertAccessibleAsync(again);
        await again.GotoAsync("/");
        await Assertions.Expect(again).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
    }

    [Fact]
    public async Task Staff_make_a_link_with_a_code_to_scan_that_signs_the_person_in_and_nobody_else_may_make_one()
    {
        const string email = "pages.fay@example.org";
        var person = await app.RegisterPerson(email, new { displayName = "Fay Quinn" });
        var staff = await app.NewPageAsync();
        await staff.GotoAsync(LinkFor("officer.pages@council.example", Roles.Staff));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await staff.GotoAsync($"/people/{person}/sign-in-link");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Make a sign-in link for Fay Quinn");
        await BrowserApp.AssertAccessibleAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Make a sign-in link" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".app-qr-code svg")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(staff);
        await staff.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "docs", "screenshots", "staff-sign-in-link.png"), FullPage = true });
        var link = await staff.Locator(".app-link-text a").GetAttributeAsync("href");
        Assert.Equal(1, await app.InDatabase(db => db.AuditEntries.CountAsync(a => a.Action == "SignInLinkMade" && a.EntityId == person.ToString())));

        var coProducer = await app.NewPageAsync();
        await coProducer.GotoAsync(link!);
        await coProducer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(coProducer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Fay Quinn");
        var refused = await coProducer.GotoAsync($"/people/{person}/sign-in-link");
        Assert.Equal(403, refused!.Status);
    }

    [Fact]
    public async Task Before_an_idle_sign_out_the_page_warns_and_lets_the_person_stay_signed_in()
    {
        const string email = "pages.idle@example.org";
        await app.RegisterPerson(email, new { displayName = "Ida Lowe" });
        var page = await app.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(LinkFor(email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Ida Lowe");
        var warning = page.Locator("#idle-warning");
        await Assertions.Expect(warning).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("24:59");
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("00:02");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning).ToContainTextAsync("We will sign you out in 5 minutes.");
        await BrowserApp.AssertAccessibleAsync(page);
        var renewed = page.WaitForResponseAsync(r => r.Url.EndsWith("/stay-signed-in", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        Assert.Equal(204, (await renewed).Status);
        await Assertions.Expect(warning).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("25:01");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await page.Clock.FastForwardAsync("05:00");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You are signed out");
    }

    [Fact]
    public async Task The_pages_work_without_JavaScript_and_the_template_script_runs_only_by_its_nonce()
    {
        var withScript = await app.NewPageAsync();
        var violations = new List<string>();
        withScript.Console += (_, message) => violations.Add(message.Text);
        var answer = await withScript.GotoAsync("/help");
        var policy = await answer!.HeaderValueAsync("content-security-policy");
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.True(await withScript.EvaluateAsync<bool>("document.body.classList.contains('js-enabled')"));
        Assert.DoesNotContain(violations, v => v.Contains("Content Security Policy", StringComparison.Ordinal));

        const string email = "pages.nojs@example.org";
        await app.RegisterPerson(email, new { displayName = "Bo Lind" });
        var withoutScript = await app.NewPageAsync(javaScript: false);
        await withoutScript.GotoAsync("/sign-in");
        await Assertions.Expect(withoutScript.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You need a sign-in link");
        await withoutScript.GotoAsync(LinkFor(email));
        await withoutScript.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(withoutScript.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Bo Lind");
        await Assertions.Expect(withoutScript.Locator("main")).ToContainTextAsync("You have not made a claim yet.");
        await withoutScript.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(withoutScript.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You are signed out");
        await withScript.GotoAsync("/sign-out");
        await BrowserApp.AssertAccessibleAsync(withScript);
        await withScript.GotoAsync("/help");
        await BrowserApp.AssertAccessibleAsync(withScript);
    }

    [Fact]
    public async Task The_accessibility_check_fails_a_page_made_inaccessible()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.EvaluateAsync("""
            document.documentElement.removeAttribute('lang');
            document.querySelector('main').insertAdjacentHTML('beforeend', '<input type="text" id="unlabelled">');
            """);

        var violations = await BrowserApp.AccessibilityViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("html-has-lang", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_stylesheet_is_served_and_a_form_sent_without_its_antiforgery_token_changes_nothing()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var css = await client.GetAsync("/govuk/govuk-frontend.min.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.True((await css.Content.ReadAsByteArrayAsync()).Length > 10_000);

        var link = LinkFor("pages.forged@example.org");
        var forged = await client.PostAsync(link, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var page = await app.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
