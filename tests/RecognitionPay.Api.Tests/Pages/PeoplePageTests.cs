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
        await staff.GetByLabel("Carer's Allowance").UncheckAsync();
        await ClickAsync(staff, "Save their benefits");
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Their benefits are changed.");
        await Assertions.Expect(staff.Locator(".govuk-summary-card").Nth(1)).ToContainTextAsync("None.");
        Assert.Equal(3, await app.InDatabase(db => db.AuditEntries.CountAsync(a => a.EntityType == "Person" && a.Actor == new Domain.Actor("officer.people@council.example"))));
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
