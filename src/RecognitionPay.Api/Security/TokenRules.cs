using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace RecognitionPay.Api.Security;

/// <summary>
/// What a valid token must also be (api.md, Running): at most 7 days of life, and exactly one role the contract
/// names. A token living longer is refused (401); one with no role, several or an unknown one is signed in with no
/// role at all and a sentence saying why, so every route answers 403 with that sentence.
/// </summary>
public static class TokenRules
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);

    /// <summary>The claim that carries why the token's roles were refused.</summary>
    public const string RoleRefusalClaim = "recognitionpay:role-refusal";

    public static Task Check(TokenValidatedContext context)
    {
        if (context.SecurityToken is JsonWebToken token)
        {
            var from = token.IssuedAt > DateTime.MinValue ? token.IssuedAt : token.ValidFrom;
            if (token.ValidTo == DateTime.MinValue || from == DateTime.MinValue || token.ValidTo - from > MaxLifetime)
            {
                context.Fail("The token lives longer than 7 days.");
                return Task.CompletedTask;
            }
        }

        if (context.Principal?.Identity is ClaimsIdentity identity && RoleRefusal(identity) is { } refusal)
        {
            foreach (var role in identity.FindAll(identity.RoleClaimType).ToList())
            {
                identity.RemoveClaim(role);
            }

            identity.AddClaim(new Claim(RoleRefusalClaim, refusal));
        }

        return Task.CompletedTask;
    }

    private static string? RoleRefusal(ClaimsIdentity identity)
    {
        var roles = identity.FindAll(identity.RoleClaimType).Select(c => c.Value).ToList();
        return roles.Count switch
        {
            0 => "This token carries no role. A token carries exactly one role.",
            > 1 => "This token carries more than one role. A token carries exactly one role, so one identity can never both approve and pay.",
            _ when !Roles.IsKnown(roles[0]) => $"This token's role is not one this service knows. The roles are {string.Join(", ", Roles.All)}.",
            _ => null,
        };
    }
}
