using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>
/// A council's identity provider, as small as the OpenID Connect code flow allows: discovery, keys, an authorize
/// endpoint that signs in one person at once, and a token endpoint that refuses a code unless the PKCE verifier
/// matches the challenge the authorize request carried. Not our code: it stands in for Entra ID or GOV.UK One Login.
/// </summary>
public sealed class StandInIdentityProvider : IAsyncDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Challenge, string Nonce, string ClientId)> _codes = new();
    private WebApplication? _app;

    public string Authority { get; private set; } = "";

    public string Email { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>Every authorize request's query, as it arrived.</summary>
    public ConcurrentQueue<IQueryCollection> Authorizations { get; } = new();

    public int CodesRedeemed;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        var key = new RsaSecurityKey(_rsa) { KeyId = "stand-in" };
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var parameters = _rsa.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } } });
        });
        _app.MapGet("/authorize", (HttpRequest request) =>
        {
            Authorizations.Enqueue(request.Query);
            var code = Guid.NewGuid().ToString("N");
            _codes[code] = (request.Query["code_challenge"].ToString(), request.Query["nonce"].ToString(), request.Query["client_id"].ToString());
            return Results.Redirect($"{request.Query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(request.Query["state"].ToString())}");
        });
        _app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_codes.TryRemove(form["code"].ToString(), out var issued)
                || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != issued.Challenge)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }

            Interlocked.Increment(ref CodesRedeemed);
            return Results.Json(new { access_token = "stand-in", token_type = "Bearer", expires_in = 300, id_token = TokenFor(Email, Role, issued.ClientId, issued.Nonce) });
        });
        await _app.StartAsync();
        Authority = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>The service's settings for Oidc mode with this provider as the council's.</summary>
    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:Mode", "Oidc");
        builder.UseSetting("Auth:Authority", Authority);
        builder.UseSetting("Auth:Audience", "recognitionpay-api");
        builder.UseSetting("Auth:ClientId", "recognitionpay-pages");
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
    }

    /// <summary>A token this provider signs: an id token for the pages (with the nonce), or an access token for the API.</summary>
    public string TokenFor(string email, string role, string audience, string? nonce = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = email, ["email"] = email, ["roles"] = role };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = "stand-in" }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _rsa.Dispose();
    }
}
