using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RecognitionPay.LoadTest;

/// <summary>
/// A Local-mode bearer token, as RecognitionPay.Api.Security.LocalTokens.Create makes it: HS256 over the UTF-8 bytes
/// of Auth:SigningKey, issuer recognitionpay-local, audience recognitionpay, sub and email = the email, role = the
/// role. Made here so the load client does not build (or depend on) the service it measures; if LocalTokens
/// changes, the first request answers 401 and the run stops.
/// </summary>
public static class LocalToken
{
    public const string Issuer = "recognitionpay-local";
    public const string Audience = "recognitionpay";

    public static string Create(string signingKey, string email, string role, TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" });
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = email,
            ["email"] = email,
            ["role"] = role,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        });
        var unsigned = $"{Base64Url.EncodeToString(header)}.{Base64Url.EncodeToString(payload)}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{Base64Url.EncodeToString(signature)}";
    }
}
