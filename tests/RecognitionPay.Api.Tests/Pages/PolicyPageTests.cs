using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using static RecognitionPay.Api.Tests.Pages.PageSteps;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>A policy owner reads the policy in force as tables, checks a new version, sees what it changes side by side, and publishes it.</summary>
public sealed class PolicyPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static string InForce => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "policies", "2026-04.yaml"));

    /// <summary>The version in force with a meeting paid £27.50 an hour and no breakfast, from 1 January 2027.</summary>
    private static string NextVersion(string hourlyPence = "2750", string effectiveFrom = "2027-01-01")
    {
        var text = InForce.Replace("version: \"2026-04\"", "version: \"2027-01\"", StringComparison.Ordinal)
            .Replace("effectiveFrom: 2026-04-06", $"effectiveFrom: {effectiveFrom}", StringComparison.Ordinal);
        var meeting = text.IndexOf("hourlyPence: 2500", StringComparison.Ordinal);
        text = text[..meeting] + $"hourlyPence: {hourlyPence}" + text[(meeting + "hourlyPence: 2500".Length)..];
        var breakfast = text.IndexOf("  - code: breakfast", StringComparison.Ordinal);
        var next = text.IndexOf("  - code: overnight", StringComparison.Ordinal);
        return text[..breakfast] + text[next..];
    }

    [Fact]
    public async Task A_policy_owner_publishes_a_version_with_a_rate_change_after_seeing_what_changes()
    {
        var owner = await SignedInAsync(app, "policy.owner@council.example", Roles.PolicyOwner, "Your work");
        await FromMenuAsync(owner, "Policy", "Policy 2026-04");
        var meeting = owner.Locator(".govuk-summary-card", new() { HasText = "Meeting, board or working group" });
        await Assertions.Expect(meeting).ToContainTextAsync("Hourly rate");
        await Assertions.Expect(meeting).ToContainTextAsync("£25.00");
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Carer's Allowance");
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Trading allowance");
        await BrowserApp.AssertAccessibleAsync(owner);
        await ShotAsync(owner, "policy-01-in-force");

        await owner.GetByRole(AriaRole.Button, new() { Name = "Publish a new version" }).ClickAsync();
        await HeadingAsync(owner, "Publish a new policy version");
        await BrowserApp.AssertAccessibleAsync(owner);
        await ClickAsync(owner, "Check it and see what changes");
        await ErrorShownAsync(owner, "Upload the new version, or write it in the box.");

        await owner.GetByLabel("Or write it here").FillAsync(NextVersion(hourlyPence: "-5", effectiveFrom: "2026-01-01"));
        await ClickAsync(owner, "Check it and see what changes");
        await ErrorShownAsync(owner, "The version has a problem");
        var problem = owner.Locator("#problems tbody tr");
        await Assertions.Expect(problem).ToHaveCountAsync(1);
        await Assertions.Expect(problem.Locator("code")).ToHaveTextAsync("activityTypes[0].pay.hourlyPence");
        await ShotAsync(owner, "policy-02-errors");

        await owner.GetByLabel("Or write it here").FillAsync(NextVersion(effectiveFrom: "2026-01-01"));
        await ClickAsync(owner, "Check it and see what changes");
        await Assertions.Expect(owner.Locator("#problems code")).ToHaveTextAsync("effectiveFrom");

        await owner.GetByLabel("Or write it here").FillAsync("");
        await owner.GetByLabel("Upload the new version").SetInputFilesAsync(new FilePayload { Name = "2027-01.yaml", MimeType = "application/yaml", Buffer = System.Text.Encoding.UTF8.GetBytes(NextVersion()) });
        await ClickAsync(owner, "Check it and see what changes");
        await Assertions.Expect(owner.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
        var changes = owner.Locator("#changes tbody tr");
        await Assertions.Expect(changes).ToHaveCountAsync(2);
        await Assertions.Expect(changes.Nth(0)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Meeting, board or working group.*hourly rate\\s*£25.00\\s*£27.50\\s*Up"));
        await Assertions.Expect(changes.Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Breakfast when leaving home before 7am\\s*Removed"));
        await BrowserApp.AssertAccessibleAsync(owner);
        await ShotAsync(owner, "policy-03-changes");
        var versions = await app.As(Roles.PolicyOwner).GetFromJsonAsync<JsonArray>("/api/v1/policies");
        Assert.DoesNotContain(versions!, v => (string?)v!["version"] == "2027-01");

        await ClickAsync(owner, "Publish version 2027-01");
        await HeadingAsync(owner, "Policy 2027-01");
        await Assertions.Expect(owner.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Version 2027-01 published. It takes effect on Friday 1 January 2027.");
        await Assertions.Expect(owner.Locator(".govuk-caption-l")).ToHaveTextAsync("Takes effect later");
        await BrowserApp.AssertAccessibleAsync(owner);
        var published = await app.As(Roles.PolicyOwner).GetFromJsonAsync<JsonObject>("/api/v1/policies/2027-01");
        Assert.Equal(2750, (long)published!["activityTypes"]![0]!["pay"]!["hourlyPence"]!);

        await owner.GotoAsync("/policy/new");
        await owner.GetByLabel("Or write it here").FillAsync(NextVersion());
        await ClickAsync(owner, "Check it and see what changes");
        await ErrorShownAsync(owner, "The version has a problem");
        await Assertions.Expect(owner.Locator("#problems")).ToContainTextAsync("is already published");
    }
}
