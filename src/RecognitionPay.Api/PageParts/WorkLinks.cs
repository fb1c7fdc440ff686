using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.PageParts;

/// <summary>Each role's pages, as the service navigation and the home page list them.</summary>
public static class WorkLinks
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<WorkLink>> ByRole = new Dictionary<string, IReadOnlyList<WorkLink>>
    {
        [Roles.CoProducer] = [],
        [Roles.Staff] = [new("Claims", "/claims", "Check claims: approve, return or reject them."), new("People", "/people", "Register people, and change their benefits and payment details."), new("Activities", "/activities", "Set up the meetings and events people take part in.")],
        [Roles.Finance] = [new("Payment runs", "/payment-runs", "Make payment runs, download their files and mark them paid."), new("Reports", "/reports", "Who is owed money no run can pay, and who is over the trading allowance."), new("Ledger", "/ledger", "The trial balance and each person's entries.")],
        [Roles.PolicyOwner] = [new("Policy", "/policy", "The recognition policy in force, and publishing a new version.")],
        [Roles.Admin] = [new("Audit trail", "/audit", "Who changed what, and when.")],
    };

    public static IReadOnlyList<WorkLink> For(CurrentUser user) => Roles.All.FirstOrDefault(user.IsInRole) is { } role ? ByRole[role] : [];
}

public sealed record WorkLink(string Text, string Href, string Description);
