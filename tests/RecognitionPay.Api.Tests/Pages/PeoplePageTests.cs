using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using static RecognitionPay.Api.Tests.Pages.PageSteps;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>Staff register a person on their pages, change how they are paid and their benefits, and set up an activity.</summary>
public sealed class PeoplePageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Staff_register_a_person_with_bank_details_checked_as_typed_and_shown_masked_then_change_them()
    {
        var staff = await SignedInAsync(app, "officer.people@council.example", Roles.Staff, "Your work");
        await FromMenuAsync(staff, "People", "People");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Register a person" }).ClickAsync();
        await HeadingAsync(staff, "Register a person");
        await BrowserApp.AssertAccessibleAsync(staff);
        var people = await app.InDatabase(db => db.People.CountAsync());

        await ClickAsync(staff, "Register them");
        await ErrorShownAsync(staff, "Bank transfer needs the bank account to pay into.");
        await Assertions.Expect(staff.Locator(".govuk-error-summary li")).ToHaveCountAsync(3);
        await staff.GetByLabel("Their name").FillAsync("Hal Frost");
        await staff.GetByLabel("Their email address").FillAsync("hal.frost@example.org");
        await staff.GetByLabel("Name on the account").FillAsync("H Frost");
        await staff.GetByLabel("Sort code").FillAsync("12-34");
        await staff.GetByLabel("Account number").FillAsync("12345678");
        await staff.GetByLabel("Carer's Allowance").CheckAsync();
        await staff.Locator("#limit-carers-allowance").FillAsync("forty");
        await ClickAsync(staff, "Register them");
        await ErrorShownAsync(staff, "Write the personal limit in pounds");
        await staff.Locator("#limit-carers-allowance").FillAsync("40.00");
        await ClickAsync(staff, "Register them");
        await ErrorShownAsync(staff, "A sort code is 6 digits, for example 12-34-56.");
        await ShotAsync(staff, "staff-03-register-errors");
        Assert.Equal(people, await app.InDatabase(db => db.People.CountAsync()));

        await staff.GetByLabel("Sort code").FillAsync("12-34-56");
        await staff.GetByLabel("Account number").FillAsync("12345678");
        await ClickAsync(staff, "Register them");
        await HeadingAsync(staff, "Hal Frost");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Hal Frost is registered.");
        var account = staff.Locator("#bank-account");
        await Assertions.Expect(account).ToContainTextAsync("5678");
        await Assertions.Expect(account).Not.ToContainTextAsync("12345678");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("Personal limit £40.00.");
        await Assertions.Expect(staff.Locator("main")).Not.ToContainTextAsync("12-34-56");
        await BrowserApp.AssertAccessibleAsync(staff);
        await ShotAsync(staff, "staff-04-person");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Change how they are paid" }).ClickAsync();
        await HeadingAsync(staff, "Change how Hal Frost is paid");
        await BrowserApp.AssertAccessibleAsync(staff);
        await staff.GetByLabel("Account number").FillAsync("1234");
        await ClickAsync(staff, "Save how they are paid");
        await ErrorShownAsync(staff, "An account number is 8 digits.");
        await staff.GetByLabel("Account number").FillAsync("");
        await staff.GetByLabel("Shopping voucher").CheckAsync();
        await ClickAsync(staff, "Save how they are paid");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("How they are paid is changed.");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("voucher");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Change their benefits" }).ClickAsync();
        await HeadingAsync(staff, "Change the benefits of Hal Frost");
        await Assertions.Expect(staff.Locator("#limit-carers-allowance")).ToHaveValueAsync("40.00");
        await BrowserApp.AssertAccessibleAsync(staff);
        await staff.Locator("#start-carers-allowance").FillAsync("last April");
        await ClickAsync(staff, "Save their benefits");
        await ErrorShownAsync(staff, "Write the date the benefit period started");
        await staff.Locator("#start-carers-allowance").FillAsync("2027-01-04");
        await ClickAsync(staff, "Save their benefits");
        await ErrorShownAsync(staff, "A benefit period that has not started yet cannot be declared");
        await staff.GetByLabel("Carer's Allowance").UncheckAsync();
        await ClickAsync(staff, "Save their benefits");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Their benefits are changed.");
        await Assertions.Expect(staff.Locator(".govuk-summary-card").Nth(1)).ToContainTextAsync("None.");
        Assert.Equal(3, await app.InDatabase(db => db.AuditEntries.CountAsync(a => a.EntityType == "Person" && a.Actor == new Domain.Actor("officer.people@council.example"))));
    }

    [Fact]
    public async Task Staff_claim_on_someones_behalf_through_the_co_producer_pages_and_someone_else_must_approve_it()
    {
        const string email = "people.ivy@example.org";
        var person = await app.RegisterPerson(email, new { displayName = "Ivy Lane" });
        var staff = await SignedInAsync(app, "officer.behalf@council.example", Roles.Staff, "Your work");
        await staff.GotoAsync($"/people/{person}");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Make a claim for them" }).ClickAsync();
        await HeadingAsync(staff, "Make a claim for Ivy Lane");
        await BrowserApp.AssertAccessibleAsync(staff);
        await ClickAsync(staff, "Start the claim");
        await HeadingAsync(staff, "What did you do?");
        await Assertions.Expect(staff.Locator("#claiming-for")).ToHaveTextAsync("You are making this claim for Ivy Lane.");
        await BrowserApp.AssertAccessibleAsync(staff);
        await AnswerMeetingAsync(staff, day: "19", hours: "1");
        await HeadingAsync(staff, "Check your answers");
        await Assertions.Expect(staff.Locator("#claiming-for")).ToHaveTextAsync("You are making this claim for Ivy Lane.");
        await ShotAsync(staff, "staff-06-claim-for-someone");
        await ClickAsync(staff, "Send your claim");
        await HeadingAsync(staff, "We have your claim");
        await staff.GetByRole(AriaRole.Link, new() { Name = "See the claim" }).ClickAsync();
        await HeadingAsync(staff, "Claim of Ivy Lane for Thursday 19 November 2026");
        await Assertions.Expect(staff.Locator("#cannot-approve")).ToContainTextAsync("You submitted this claim, so someone else must approve it.");

        var claim = await app.InDatabase(db => db.Claims.SingleAsync(c => c.PersonId == new Domain.PersonId(person)));
        Assert.Equal("officer.behalf@council.example", claim.SubmittedBy.Name);
        Assert.Equal(0, await app.InDatabase(db => db.ClaimDrafts.CountAsync(d => d.PersonId == new Domain.PersonId(person))));
        var co = await SignedInAsync(app, email, Roles.CoProducer, "Hello Ivy Lane");
        await Assertions.Expect(co.Locator(".govuk-summary-card__title")).ToContainTextAsync("Thursday 19 November 2026");
        await Assertions.Expect(co.Locator("#claiming-for")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Staff_set_up_an_activity_and_see_it_listed()
    {
        var staff = await SignedInAsync(app, "officer.activities@council.example", Roles.Staff, "Your work");
        await FromMenuAsync(staff, "Activities", "Activities");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Set up an activity" }).ClickAsync();
        await HeadingAsync(staff, "Set up an activity");
        await BrowserApp.AssertAccessibleAsync(staff);
        await ClickAsync(staff, "Set it up");
        await ErrorShownAsync(staff, "Say");

        await staff.GetByLabel("Title").FillAsync("Carers' forum, December");
        await staff.GetByLabel("Kind of activity").SelectOptionAsync("meeting");
        await staff.GetByLabel("Date").FillAsync("2026-12-08");
        await staff.GetByLabel("Planned length, in minutes").FillAsync("ninety");
        await ClickAsync(staff, "Set it up");
        await ErrorShownAsync(staff, "Write the minutes as a whole number");
        await staff.GetByLabel("Planned length, in minutes").FillAsync("90");
        await ClickAsync(staff, "Set it up");
        await HeadingAsync(staff, "Activities");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The activity is set up.");
        await Assertions.Expect(staff.Locator("tbody")).ToContainTextAsync("Carers' forum, December");
        await Assertions.Expect(staff.Locator("tbody")).ToContainTextAsync("Tuesday 8 December 2026");
        await BrowserApp.AssertAccessibleAsync(staff);
        await ShotAsync(staff, "staff-05-activities");
    }
}
