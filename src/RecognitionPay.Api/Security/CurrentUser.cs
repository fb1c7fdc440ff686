using System.Security.Claims;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Security;

/// <summary>Who is acting: the caller's token on a request, or the named system process otherwise.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    public const string SystemActor = "system";

    private ClaimsPrincipal? _assumed;

    private ClaimsPrincipal? Principal => _assumed ?? (http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null);

    /// <summary>For work outside a request (loading the demo data, scheduled jobs): act as this person in this role for the rest of the scope.</summary>
    public void Assume(string email, string role) =>
        _assumed = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(LocalTokens.EmailClaim, email), new Claim(LocalTokens.RoleClaim, role)], "assumed", LocalTokens.EmailClaim, LocalTokens.RoleClaim));

    public string? Email => Principal?.FindFirst(LocalTokens.EmailClaim)?.Value;

    /// <summary>The name written to the audit trail: the caller's email (or subject), else "system".</summary>
    public Actor Actor => new(Email ?? Principal?.FindFirst("sub")?.Value ?? SystemActor);

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}
