using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace RecognitionPay.Api.Security;

/// <summary>Bearer tokens signed with the local key, for the embedded default (Auth:Mode = Local).</summary>
public static class LocalTokens
{
    public const string Issuer = "recognitionpay-local";
    public const string Audience = "recognitionpay";
    public const string EmailClaim = "email";
    public const string RoleClaim = "role";
    public const string DefaultKeyFile = "data/local-signing.key";

    /// <summary>Auth:SigningKey when set (at least 32 characters); otherwise a random key kept in Auth:SigningKeyFile.</summary>
    public static SymmetricSecurityKey SigningKey(IConfiguration configuration)
    {
        if (configuration["Auth:SigningKey"] is { Length: > 0 } configured)
        {
            if (configured.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
            }

            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured));
        }

        return new SymmetricSecurityKey(ReadOrCreateKeyFile(configuration["Auth:SigningKeyFile"] ?? DefaultKeyFile));
    }

    public static string Create(SymmetricSecurityKey key, string email, string role, Instant issuedAt, Duration lifetime) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = issuedAt.ToDateTimeUtc(),
            NotBefore = issuedAt.ToDateTimeUtc(),
            Expires = (issuedAt + lifetime).ToDateTimeUtc(),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = email,
                [EmailClaim] = email,
                [RoleClaim] = role,
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

    public static TokenValidationParameters ValidationParameters(SymmetricSecurityKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        NameClaimType = EmailClaim,
        RoleClaimType = RoleClaim,
        ClockSkew = TimeSpan.FromMinutes(1),
    };

    private static byte[] ReadOrCreateKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            SecretFiles.TryCreate(path, Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(64))));
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
