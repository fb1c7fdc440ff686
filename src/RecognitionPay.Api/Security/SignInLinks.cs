using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace RecognitionPay.Api.Security;

/// <summary>
/// One-time sign-in links for the web pages (Local mode): a token signed with the local key, for one email and one
/// role, good for 15 minutes; the database remembers each link once used (<see cref="Data.UsedSignInLink"/>), so a
/// link signs a browser in only once. Nobody has a password to remember.
/// </summary>
public static class SignInLinks
{
    public static readonly Duration Lifetime = Duration.FromMinutes(15);

    private const string Purpose = "purpose";
    private const string SignIn = "signin";

    /// <summary>The path of a link: the pages' sign-in route with the token.</summary>
    public static string PathFor(string token) => $"/sign-in/{token}";

    public static (string Token, Guid Id) Create(SymmetricSecurityKey key, string email, string role, Instant now)
    {
        var id = Guid.CreateVersion7();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalTokens.Issuer,
            Audience = LocalTokens.Audience,
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = (now + Lifetime).ToDateTimeUtc(),
            Claims = new Dictionary<string, object>
            {
                ["jti"] = id.ToString(),
                [Purpose] = SignIn,
                [LocalTokens.EmailClaim] = email.Trim().ToLowerInvariant(),
                [LocalTokens.RoleClaim] = role,
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, id);
    }

    /// <summary>
    /// Who a link is for, or null when it is not one of ours, has expired, or names no role we know. It is checked as
    /// the API checks a bearer token (<paramref name="bearer"/>: the key loaded once at start; in Oidc mode there is no
    /// local key, so no link is valid), against the service's clock.
    /// </summary>
    public static async Task<SignInLink?> ReadAsync(TokenValidationParameters bearer, string token, Instant now)
    {
        var parameters = bearer.Clone();
        parameters.LifetimeValidator = (notBefore, expires, _, _) =>
            notBefore <= now.ToDateTimeUtc().AddMinutes(1) && expires >= now.ToDateTimeUtc();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
        if (!result.IsValid
            || result.ClaimsIdentity.FindFirst(Purpose)?.Value != SignIn
            || !Guid.TryParse(result.ClaimsIdentity.FindFirst("jti")?.Value, out var id)
            || result.ClaimsIdentity.FindFirst(LocalTokens.EmailClaim)?.Value is not { Length: > 0 } email
            || result.ClaimsIdentity.FindFirst(LocalTokens.RoleClaim)?.Value is not { } role
            || !Roles.All.Contains(role))
        {
            return null;
        }

        return new SignInLink(id, email, role);
    }
}

/// <summary>A valid link: its id (remembered once used), and who it signs in, in which role.</summary>
public sealed record SignInLink(Guid Id, string Email, string Role)
{
    /// <summary>The page cookie's identity: the same email and role claims a bearer token carries.</summary>
    public ClaimsPrincipal Principal(string scheme) =>
        new(new ClaimsIdentity([new Claim(LocalTokens.EmailClaim, Email), new Claim(LocalTokens.RoleClaim, Role), new Claim("sub", Email)], scheme, LocalTokens.EmailClaim, LocalTokens.RoleClaim));
}
