using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Hosting;

/// <summary>JWT bearer: Local mode checks our own signing key; Oidc mode trusts the configured identity provider.</summary>
public static class AuthenticationSetup
{
    public static IServiceCollection AddRecognitionPayAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var mode = configuration["Auth:Mode"] ?? "Local";
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            if (string.Equals(mode, "Oidc", StringComparison.OrdinalIgnoreCase))
            {
                options.Authority = configuration["Auth:Authority"] ?? throw new InvalidOperationException("Auth:Authority is required in Oidc mode.");
                options.Audience = configuration["Auth:Audience"] ?? throw new InvalidOperationException("Auth:Audience is required in Oidc mode.");
                options.RequireHttpsMetadata = configuration.GetValue("Auth:RequireHttpsMetadata", true);
                options.TokenValidationParameters.RoleClaimType = configuration["Auth:RoleClaim"] ?? "roles";
                options.TokenValidationParameters.NameClaimType = LocalTokens.EmailClaim;
            }
            else if (string.Equals(mode, "Local", StringComparison.OrdinalIgnoreCase))
            {
                options.TokenValidationParameters = LocalTokens.ValidationParameters(LocalTokens.SigningKey(configuration));
            }
            else
            {
                throw new InvalidOperationException($"Auth:Mode is Local or Oidc, not '{mode}'.");
            }
        });
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Events ??= new JwtBearerEvents();
            options.Events.OnTokenValidated = TokenRules.Check;
            options.Events.OnChallenge = TokenChallenge.Write;
        });
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenInWords>();
        return services;
    }
}
