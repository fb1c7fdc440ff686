using Microsoft.AspNetCore.Authorization;
using RecognitionPay.Api.Hosting;

namespace RecognitionPay.Api.PageParts;

/// <summary>
/// Who may open a page: the roles named, signed in with the page cookie. Anyone else signed in gets the API's answer
/// for a role that may not call a route, a 403 that says so in a sentence; nobody signed in is sent to sign in.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PageRolesAttribute : AuthorizeAttribute
{
    public PageRolesAttribute(params string[] roles)
    {
        Policy = PagesSetup.Policy;
        Roles = string.Join(',', roles);
        Allowed = roles;
    }

    public IReadOnlyList<string> Allowed { get; }
}
