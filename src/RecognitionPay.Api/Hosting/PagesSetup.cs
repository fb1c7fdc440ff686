using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.FileProviders;

namespace RecognitionPay.Api.Hosting;

/// <summary>
/// The web pages: Razor Pages beside their slices under Features/, styled with GOV.UK Frontend served from web/ next
/// to the build output, signed in with a cookie (HttpOnly, SameSite=Lax, Secure on HTTPS) that only the pages read;
/// the API keeps its bearer tokens. In Oidc mode a page asks the council's identity provider (the code flow with
/// PKCE) instead of a one-time link. Every page answer carries a Content-Security-Policy without 'unsafe-inline':
/// the template's one inline script runs by a nonce made for that answer.
/// </summary>
public static class PagesSetup
{
    public const string Scheme = "Pages";
    public const string Policy = "Pages";
    public const string NonceKey = "csp-nonce";

    /// <summary>A signed-in page is signed out after this long with nothing done; the page warns first (web/app.js).</summary>
    public const int IdleMinutes = 30;

    public const int WarnMinutesBefore = 5;

    /// <summary>The pages' OpenID Connect scheme in Oidc mode: the code flow with PKCE, signing in to the page cookie.</summary>
    public const string OidcScheme = "PagesOidc";

    public static IServiceCollection AddRecognitionPayPages(this IServiceCollection services, IConfiguration configuration)
    {
        var oidc = string.Equals(configuration["Auth:Mode"], "Oidc", StringComparison.OrdinalIgnoreCase);
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AuthorizeFolder("/", Policy);
            options.Conventions.AllowAnonymousToFolder("/SignIn");
            options.Conventions.AllowAnonymousToFolder("/Help");
            options.Conventions.AllowAnonymousToFolder("/Problems");
        });
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "recognitionpay";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(IdleMinutes);
            if (oidc)
            {
                options.ForwardChallenge = OidcScheme;
            }

            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });
        if (oidc)
        {
            services.AddAuthentication().AddOpenIdConnect(OidcScheme, options =>
            {
                options.Authority = configuration["Auth:Authority"] ?? throw new InvalidOperationException("Auth:Authority is required in Oidc mode.");
                options.ClientId = configuration["Auth:ClientId"] ?? throw new InvalidOperationException("Auth:ClientId is required for the pages in Oidc mode.");
                options.ClientSecret = configuration["Auth:ClientSecret"];
                options.RequireHttpsMetadata = configuration.GetValue("Auth:RequireHttpsMetadata", true);
                options.ResponseType = "code";
                options.ResponseMode = "query";
                options.UsePkce = true;
                options.SignInScheme = Scheme;
                options.MapInboundClaims = false;
                options.Scope.Add("email");
                options.TokenValidationParameters.RoleClaimType = configuration["Auth:RoleClaim"] ?? "roles";
                options.TokenValidationParameters.NameClaimType = Security.LocalTokens.EmailClaim;
                options.Events = new OpenIdConnectEvents
                {
                    // The person cancelled, or the provider refused or answered what cannot be checked: the reason is
                    // logged, and the person sees the problem page for 401 (sign in again), not a failure of ours.
                    OnRemoteFailure = context =>
                    {
                        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("RecognitionPay.SignIn")
                            .LogWarning("Signing in through the identity provider did not work: {Reason}", context.Failure?.Message);
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.HandleResponse();
                        return Task.CompletedTask;
                    },
                };
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "recognitionpay-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>
    /// The stylesheet, scripts, fonts and images, then the policy header for the pages only: the API's JSON, its tools
    /// and the health check carry no page to protect, and claims are submitted there at hundreds a second.
    /// </summary>
    public static WebApplication UseRecognitionPayPages(this WebApplication app)
    {
        // "Stay signed in": any signed-in request renews the sliding cookie; this one does nothing else.
        app.MapGet("/stay-signed-in", () => Results.NoContent()).RequireAuthorization(Policy).ExcludeFromDescription();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "web")) });
        app.Use(async (context, next) =>
        {
            if (IsPage(context.Request.Path))
            {
                var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
                context.Items[NonceKey] = nonce;
                context.Response.Headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
                    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "same-origin";
            }

            await next();
        });
        return app;
    }

    public static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/swagger") && !path.StartsWithSegments("/hangfire");
}
