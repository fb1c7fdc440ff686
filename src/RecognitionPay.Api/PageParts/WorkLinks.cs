using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.PageParts;

/// <summary>Each role's pages, as the service navigation and the home page list them.</summary>
public static class WorkLinks
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<WorkLink>> ByRole = new Dictionary<string, IReadOnlyList<WorkLink>>
    {
        [Roles.CoProducer] = [],
        [Roles.Staff] = [new("Claims", "/claims", "Check claims: approve, return or reject them.")],
        [Roles.Finance] = [],
        [Roles.PolicyOwner] = [],
        [Roles.Admin] = [],
    };

    public static IReadOnlyList<WorkLink> For(CurrentUser user) => Roles.All.FirstOrDefault(user.IsInRole) is { } role ? ByRole[role] : [];
}

public sealed record WorkLink(string Text, string Href, string Description);
