using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>
/// A co-producer claims on the easy-read pages in a real Chromium, one question a page: every page and its error
/// state pass axe, and the claim the pages send is the one staff see through the API.
/// </summary>
public sealed partial class ClaimJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>The smallest PNG: a real photo's first bytes are what make it one.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private readonly EasyRead _easyRead = new();

    private static string Screenshots => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    private string LinkFor(string email) =>
        SignInLinks.PathFor(SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPaySigningKey)), email, Roles.CoProducer, app.Clock.GetCurrentInstant()).Token);

    private static string RecognitionPaySigningKey => RecognitionPayApp.SigningKey;

    [Fact]
    public async Task A_meeting_with_car_miles_a_bus_fare_and_a_receipt_ends_in_the_staff_queue()
    {
        const string email = "journey.ade@example.org";
        var person = await app.RegisterPerson(email, new { displayName = "Ade Cole" });
        var page = await SignedInAsync(email, "Hello Ade Cole");
        await ShotAsync(page, "01-home");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a claim" }).ClickAsync();

        await QuestionAsync(page, "What did you do?", "02-activity", "Choose what you did.");
        await page.GetByLabel("Go to a meeting and say what you think.").CheckAsync();
        await ContinueAsync(page);

        await QuestionAsync(page, "When did you do it?", "03-when", "Write the date you did it.");
        await page.GetByLabel("Day").FillAsync("17");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await ContinueAsync(page);

        await QuestionAsync(page, "How long did it last?", "04-how-long", "Write how long it lasted.");
        await page.GetByLabel("Hours").FillAsync("1");
        await page.GetByLabel("Minutes").FillAsync("30");
        await ContinueAsync(page);

        await QuestionAsync(page, "How long did you spend getting ready?", "05-preparation", "Write how long you spent getting ready.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("We pay for up to 1 hour.");
        await page.GetByLabel("Hours").FillAsync("0");
        await page.GetByLabel("Minutes").FillAsync("30");
        await ContinueAsync(page);

        await QuestionAsync(page, "How did you get there?", "06-travel", "Choose at least one");
        await page.GetByLabel("I drove a car or van.").CheckAsync();
        await page.GetByLabel("I went by bus, tram or train.").CheckAsync();
        await ContinueAsync(page);

        await QuestionAsync(page, "What did your journey cost?", "07-travel-costs", "Write how many miles.");
        await page.GetByLabel("Miles").FillAsync("12.5");
        await page.GetByLabel("Amount in pounds").FillAsync("4.50");
        await ContinueAsync(page);

        await QuestionAsync(page, "How long did the journey take?", "08-travel-time", "Write how long the journey took.");
        await page.GetByLabel("Hours").FillAsync("1");
        await ContinueAsync(page);

        await QuestionAsync(page, "Did you pay for anything else?", "09-other-costs", "Choose at least one");
        await page.GetByLabel("No, I did not pay for anything else.").CheckAsync();
        await ContinueAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add your receipts");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this receipt" }).ClickAsync();
        await ErrorShownAsync(page, "Choose a photo or a file of your receipt.");
        await page.GetByLabel("Add a receipt").SetInputFilesAsync(new FilePayload { Name = "fake.png", MimeType = "image/png", Buffer = "not a picture"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this receipt" }).ClickAsync();
        await ErrorShownAsync(page, "We cannot open this file.");
        await page.GetByLabel("Add a receipt").SetInputFilesAsync(new FilePayload { Name = "bus-ticket.png", MimeType = "application/octet-stream", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this receipt" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("bus-ticket.png");
        await BrowserApp.AssertAccessibleAsync(page);
        await ShotAsync(page, "10-receipts");
        await ContinueAsync(page);

        await QuestionAsync(page, "How would you like us to thank you?", "11-thanks", "Choose how you would like us to thank you.");
        await page.GetByLabel("Money, paid to you.").CheckAsync();
        await ContinueAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Tuesday 17 November 2026");
        await Assertions.Expect(main).ToContainTextAsync("12.5 miles.");
        await Assertions.Expect(main).ToContainTextAsync("£4.50.");
        await Assertions.Expect(main).ToContainTextAsync("1 receipt.");
        // 90 minutes and 30 of getting ready at £25 an hour, an hour's travel, 12.5 miles at 45p (£5.63) and the fare.
        await Assertions.Expect(main).ToContainTextAsync("You will get £85.13.");
        await BrowserApp.AssertAccessibleAsync(page);
        await ShotAsync(page, "12-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your claim" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We have your claim");
        await Assertions.Expect(main).ToContainTextAsync("You asked for £85.13");
        await Assertions.Expect(main).ToContainTextAsync("we will pay you on Friday");
        await BrowserApp.AssertAccessibleAsync(page);
        await ShotAsync(page, "13-sent");

        var staff = app.As(Roles.Staff);
        var queue = await staff.GetFromJsonAsync<JsonObject>($"/api/v1/claims?status=Submitted&personId={person}");
        var listed = Assert.Single(queue!["items"]!.AsArray())!;
        var claim = await staff.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{listed["id"]}");
        Assert.Equal(8513, (long)claim!["totalPence"]!);
        Assert.Equal(90, (int)claim["attendedMinutes"]!);
        Assert.Equal(["mileage-car", "public-transport"], claim["expenses"]!.AsArray().Select(e => (string)e!["categoryCode"]!));
        var receipt = Assert.Single((await staff.GetFromJsonAsync<JsonArray>($"/api/v1/claims/{listed["id"]}/receipts"))!)!;
        var file = await staff.GetAsync((string)receipt["href"]!);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Png, await file.Content.ReadAsByteArrayAsync());

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Make a claim" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-card")).ToContainTextAsync("We are checking it.");
        _easyRead.AssertMet(atLeast: 80);
    }

    [Fact]
    public async Task A_returned_claim_opens_with_the_reason_and_is_sent_again_corrected()
    {
        const string email = "journey.bea@example.org";
        await app.RegisterPerson(email, new { displayName = "Bea Holt" });
        var sent = await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting());
        var staff = app.As(Roles.Staff);
        await (await staff.PostAsJsonAsync($"/api/v1/claims/{sent["id"]}/return", new { reason = "The meeting lasted two hours.", change = "how-it-went" })).AssertInvalidField("change");
        var returned = await staff.PostAsJsonAsync($"/api/v1/claims/{sent["id"]}/return", new { reason = "The meeting lasted two hours.", change = "how-long" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("how-long", (string?)(await returned.Content.ReadFromJsonAsync<JsonObject>())!["answerToChange"]);

        var page = await SignedInAsync(email, "Hello Bea Holt");
        await Assertions.Expect(page.Locator(".govuk-summary-card")).ToContainTextAsync("The meeting lasted two hours.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change this claim" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change your claim");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("We said: The meeting lasted two hours.");
        await BrowserApp.AssertAccessibleAsync(page);
        await ShotAsync(page, "14-returned");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change your answers" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How long did it last?");
        await Assertions.Expect(page.GetByLabel("Hours")).ToHaveValueAsync("1");
        await Assertions.Expect(page.GetByLabel("Minutes")).ToHaveValueAsync("30");
        await page.GetByLabel("Hours").FillAsync("2");
        await page.GetByLabel("Minutes").FillAsync("0");
        await ContinueAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers");
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("We said: The meeting lasted two hours.");
        await BrowserApp.AssertAccessibleAsync(page);
        await _easyRead.MeasureAsync(page, "check a returned claim");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change how long it lasted" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Hours")).ToHaveValueAsync("2");
        await ContinueAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("2 hours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your claim again" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We have your claim");

        var claim = await staff.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{sent["id"]}");
        Assert.Equal("Submitted", (string?)claim!["status"]);
        Assert.Equal(120, (int)claim["attendedMinutes"]!);
        Assert.Null(claim["answerToChange"]);
        Assert.Equal(60, (int)claim["prepMinutes"]!);
        Assert.Equal("public-transport", (string?)claim["expenses"]![0]!["categoryCode"]);
        _easyRead.AssertMet(atLeast: 10);
    }

    [Fact]
    public async Task A_person_on_ESA_permitted_work_is_told_in_plain_words_when_a_claim_takes_them_to_the_hours_limit()
    {
        const string email = "journey.cal@example.org";
        await app.RegisterPerson(email, new { displayName = "Cal Ives", benefits = new[] { new { kind = "esa-permitted-work" } } });
        await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting(date: "2026-11-16", attended: 480));

        var page = await SignedInAsync(email, "Hello Cal Ives");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a claim" }).ClickAsync();
        await PageSteps.AnswerMeetingAsync(page, day: "18", hours: "8");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers");
        var warning = page.Locator(".govuk-warning-text");
        await Assertions.Expect(warning).ToContainTextAsync("Employment and Support Allowance (permitted work) allows under 16 hours a week.");
        await Assertions.Expect(warning).ToContainTextAsync("Please talk to the Department for Work and Pensions or your adviser before you claim.");
        await BrowserApp.AssertAccessibleAsync(page);
        await ShotAsync(page, "15-hours-warning");
        _easyRead.AssertMet(atLeast: 10);
    }

    [Fact]
    public async Task The_whole_claim_works_without_JavaScript_and_nobody_else_sees_its_receipt()
    {
        const string email = "journey.dee@example.org";
        await app.RegisterPerson(email, new { displayName = "Dee Marsh" });
        var page = await SignedInAsync(email, "Hello Dee Marsh", javaScript: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a claim" }).ClickAsync();
        await page.GetByLabel("Read something we wrote and tell us what you think.").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await ContinueAsync(page);
        await page.GetByLabel("Hours").FillAsync("1");
        await ContinueAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How did you get there?");
        await page.GetByLabel("I walked, or it did not cost me anything.").CheckAsync();
        await page.GetByLabel("I went by taxi.").CheckAsync();
        await ContinueAsync(page);
        // axe needs JavaScript: the same error state is axe-checked with it in the journey above.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Do not choose both.");
        await page.GetByLabel("I went by taxi.").UncheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("I paid for parking.").CheckAsync();
        await ContinueAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How much did you pay?");
        await page.GetByLabel("Amount in pounds").FillAsync("3.20");
        await ContinueAsync(page);
        await page.GetByLabel("Add a receipt").SetInputFilesAsync(new FilePayload { Name = "parking.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this receipt" }).ClickAsync();
        var receiptLink = page.GetByRole(AriaRole.Link, new() { Name = "parking.pdf" });
        var receiptPath = await receiptLink.GetAttributeAsync("href");
        await ContinueAsync(page);
        await page.GetByLabel("No thank you. Do not pay me for my time.").CheckAsync();
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("You will get £3.20.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your claim" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We have your claim");

        var own = await page.APIRequest.GetAsync(receiptPath!);
        Assert.Equal(200, own.Status);
        Assert.Equal("application/pdf", own.Headers["content-type"]);
        Assert.StartsWith("attachment", own.Headers["content-disposition"], StringComparison.Ordinal);

        await app.RegisterPerson("journey.eve@example.org", new { displayName = "Eve Nash" });
        var other = await SignedInAsync("journey.eve@example.org", "Hello Eve Nash");
        var theirs = await other.APIRequest.GetAsync(receiptPath!);
        var missing = await other.APIRequest.GetAsync($"/claim/receipt/{Guid.NewGuid()}");
        Assert.Equal(404, theirs.Status);
        Assert.Equal(missing.Status, theirs.Status);
        Assert.Equal(Heading().Match(await missing.TextAsync()).Value, Heading().Match(await theirs.TextAsync()).Value);
        Assert.Contains("Page not found", await theirs.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("parking", await theirs.TextAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> SignedInAsync(string email, string hello, bool javaScript = true)
    {
        var page = await app.NewPageAsync(javaScript);
        await page.GotoAsync(LinkFor(email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(hello);
        return page;
    }

    /// <summary>A question page: its heading, an axe pass, then sent empty to show its error state (also axe-checked).</summary>
    private async Task QuestionAsync(IPage page, string heading, string shot, string error)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await ShotAsync(page, shot);
        await ContinueAsync(page);
        await ErrorShownAsync(page, error);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
    }

    private async Task ErrorShownAsync(IPage page, string error)
    {
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync(error);
        await BrowserApp.AssertAccessibleAsync(page);
        await _easyRead.MeasureAsync(page, $"{page.Url} with an error");
    }

    private static Task ContinueAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    [GeneratedRegex("<h1[^>]*>[^<]*</h1>")]
    private static partial Regex Heading();

    private async Task ShotAsync(IPage page, string name)
    {
        await _easyRead.MeasureAsync(page, name);
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"claim-{name}.png"), FullPage = true });
    }
}
