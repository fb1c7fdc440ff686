using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using static RecognitionPay.Api.Tests.Pages.PageSteps;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>Staff check claims on their pages in a real Chromium: the queue, one claim, its decisions, several approved at once.</summary>
public sealed class StaffPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Staff_approve_a_claim_made_on_the_co_producer_pages()
    {
        const string email = "staffpages.cai@example.org";
        var person = await app.RegisterPerson(email, new { displayName = "Cai Ng" });
        var co = await SignedInAsync(app, email, Roles.CoProducer, "Hello Cai Ng");
        await co.GetByRole(AriaRole.Button, new() { Name = "Make a claim" }).ClickAsync();
        await AnswerMeetingAsync(co, day: "16", hours: "2");
        await ClickAsync(co, "Send your claim");
        await HeadingAsync(co, "We have your claim");

        var staff = await SignedInAsync(app, "officer.queue@council.example", Roles.Staff, "Your work");
        await BrowserApp.AssertAccessibleAsync(staff);
        await FromMenuAsync(staff, "Claims", "Claims");
        await staff.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Label = "Cai Ng" });
        await ClickAsync(staff, "Show claims");
        await Assertions.Expect(staff.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(staff.Locator("tbody")).ToContainTextAsync("Meeting, board or working group (in person or online) on Monday 16 November 2026");
        await Assertions.Expect(staff.Locator("tbody")).ToContainTextAsync("£50.00");
        await BrowserApp.AssertAccessibleAsync(staff);
        await ShotAsync(staff, "staff-01-queue");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Cai Ng" }).ClickAsync();
        await HeadingAsync(staff, "Claim of Cai Ng for Monday 16 November 2026");
        var main = staff.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("No receipts were sent.");
        await Assertions.Expect(staff.Locator("table").First).ToContainTextAsync("£50.00");
        await BrowserApp.AssertAccessibleAsync(staff);
        await ShotAsync(staff, "staff-02-claim");
        await ClickAsync(staff, "Reject");
        await ErrorShownAsync(staff, "Say why, so the claimant knows what to do next.");
        Assert.Equal("Submitted", await StatusAsync(person));

        await ClickAsync(staff, "Approve");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Claim approved.");
        await Assertions.Expect(staff.Locator(".govuk-caption-l")).ToHaveTextAsync("Approved");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Decide" })).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(staff);
        Assert.Equal("Approved", await StatusAsync(person));
        var claimId = staff.Url.Split('/')[^1].Split('?')[0];

        var admin = await SignedInAsync(app, "admin.pages@council.example", Roles.Admin, "Your work");
        await FromMenuAsync(admin, "Audit trail", "Audit trail");
        await admin.GetByLabel("Who did it (email)").FillAsync(new string('a', 190) + "@council.example");
        await ClickAsync(admin, "Show changes");
        await ErrorShownAsync(admin, "An actor is named by at most 200 characters.");
        await admin.GetByLabel("What changed").SelectOptionAsync("Claim");
        await admin.GetByLabel("Who did it (email)").FillAsync("Officer.Queue@council.example");
        await ClickAsync(admin, "Show changes");
        var approval = admin.Locator(".govuk-summary-card");
        await Assertions.Expect(approval).ToHaveCountAsync(1);
        await Assertions.Expect(approval.Locator("h2")).ToHaveTextAsync($"Claim approved: Claim {claimId}");
        await Assertions.Expect(approval.Locator("tbody tr").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Status\\s*Submitted\\s*Approved"));
        await Assertions.Expect(approval.Locator("tbody tr").Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Total\\s*£50.00"));
        await Assertions.Expect(approval).ToContainTextAsync("by officer.queue@council.example");
        await BrowserApp.AssertAccessibleAsync(admin);
        await ShotAsync(admin, "admin-01-audit");
    }

    [Fact]
    public async Task Several_selected_claims_are_approved_each_on_its_own_and_the_page_says_which_were_not_and_why()
    {
        const string email = "staffpages.dee@example.org";
        const string officer = "officer.bulk@council.example";
        var person = await app.RegisterPerson(email, new { displayName = "Dee Hart" });
        await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting(date: "2026-11-10"));
        await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting(date: "2026-11-11"));
        var own = await app.As(Roles.Staff, officer).SubmitOk(Scenario.Meeting(person, date: "2026-11-12"));

        var staff = await SignedInAsync(app, officer, Roles.Staff, "Your work");
        await staff.GotoAsync($"/claims?personId={person}");
        await Assertions.Expect(staff.Locator("tbody tr")).ToHaveCountAsync(3);
        await ClickAsync(staff, "Approve selected claims");
        await ErrorShownAsync(staff, "Select the claims to approve.");

        foreach (var box in await staff.Locator("tbody input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await ClickAsync(staff, "Approve selected claims");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("2 claims approved.");
        await ErrorShownAsync(staff, "The claim of Dee Hart for Thursday 12 November 2026 was not approved: You submitted this claim, so someone else must approve it.");
        await Assertions.Expect(staff.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(staff.GetByRole(AriaRole.Link, new() { Name = "Approved (2)" })).ToBeVisibleAsync();

        await staff.GotoAsync($"/claims/{own["id"]}");
        await Assertions.Expect(staff.Locator("#cannot-approve")).ToHaveTextAsync("You cannot approve this claim. You submitted this claim, so someone else must approve it.");
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true })).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(staff);

        var refused = await staff.GotoAsync("/payment-runs");
        Assert.Equal(403, refused!.Status);
        await HeadingAsync(staff, "You cannot use this page");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("As Staff you may not do this: it is for Finance only.");
        await BrowserApp.AssertAccessibleAsync(staff);
        var missing = await staff.GotoAsync($"/claims/{Guid.NewGuid()}");
        Assert.Equal(404, missing!.Status);
        await HeadingAsync(staff, "Page not found");
        await BrowserApp.AssertAccessibleAsync(staff);
    }

    [Fact]
    public async Task Staff_return_and_approve_claims_without_JavaScript()
    {
        const string email = "staffpages.eve@example.org";
        var person = await app.RegisterPerson(email, new { displayName = "Eve Holt" });
        await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting(date: "2026-11-09"));
        await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting(date: "2026-11-13"));

        var staff = await SignedInAsync(app, "officer.nojs@council.example", Roles.Staff, "Your work", javaScript: false);
        await staff.GotoAsync("/claims?from=1999-01-01");
        await Assertions.Expect(staff.Locator(".govuk-error-summary")).ToContainTextAsync("2000-01-01");
        await staff.GotoAsync($"/claims?personId={person}");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Eve Holt" }).First.ClickAsync();
        await HeadingAsync(staff, "Claim of Eve Holt for Monday 9 November 2026");
        await staff.GetByLabel("Return it to be corrected: what should they change?").FillAsync("Please add the bus ticket.");
        await staff.GetByLabel("The answer to change, where their pages open").SelectOptionAsync("receipts");
        await ClickAsync(staff, "Return to be corrected");
        await Assertions.Expect(staff.Locator(".govuk-caption-l")).ToHaveTextAsync("Returned");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("Please add the bus ticket.");

        await staff.GotoAsync($"/claims?personId={person}");
        await staff.GetByLabel("Select the claim of Eve Holt for Friday 13 November 2026").CheckAsync();
        await ClickAsync(staff, "Approve selected claims");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("1 claim approved.");
        var claims = await app.As(Roles.Staff).GetFromJsonAsync<JsonObject>($"/api/v1/claims?personId={person}");
        Assert.Equal(["Returned", "Approved"], claims!["items"]!.AsArray().Select(c => (string)c!["status"]!));
        Assert.Equal("receipts", (string?)claims["items"]![0]!["answerToChange"]);

        var pageWithErrors = await SignedInAsync(app, "officer.nojs@council.example", Roles.Staff, "Your work");
        await pageWithErrors.GotoAsync("/claims?from=1999-01-01");
        await ErrorShownAsync(pageWithErrors, "2000-01-01");
    }

    private async Task<string> StatusAsync(Guid person)
    {
        var claims = await app.As(Roles.Staff).GetFromJsonAsync<JsonObject>($"/api/v1/claims?personId={person}");
        return (string)claims!["items"]!.AsArray().Single()!["status"]!;
    }
}
