using NodaTime;

namespace RecognitionPay.Api.Security;

/// <summary>
/// `signin-link --email someone@example.org --role CoProducer [--base-url URL]`: prints a one-time link to the web
/// pages (Local mode only), good for 15 minutes; the link is the last line.
/// </summary>
public static class SignInLinkCommand
{
    public const string DefaultBaseUrl = "http://localhost:5000";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "signin-link";

    public static int Run(string[] args, IConfiguration configuration, IClock clock, TextWriter output, TextWriter error)
    {
        if (!string.Equals(configuration["Auth:Mode"] ?? "Local", "Local", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine("The signin-link command works only in Local mode (Auth:Mode = Local). In Oidc mode, the pages sign in with your identity provider.");
            return 2;
        }

        var email = CommandLine.Option(args, "--email");
        var role = CommandLine.Option(args, "--role");
        var baseUrl = (CommandLine.Option(args, "--base-url") ?? DefaultBaseUrl).TrimEnd('/');
        if (string.IsNullOrWhiteSpace(email) || role is null || !Roles.All.Contains(role) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            error.WriteLine($"Usage: signin-link --email <email> --role <{string.Join('|', Roles.All)}> [--base-url {DefaultBaseUrl}]");
            return 2;
        }

        var (token, _) = SignInLinks.Create(LocalTokens.SigningKey(configuration), email, role, clock.GetCurrentInstant());
        output.WriteLine($"A sign-in link for {email.Trim().ToLowerInvariant()} as {role}: open it within {SignInLinks.Lifetime.TotalMinutes:0} minutes, once.");
        output.WriteLine(baseUrl + SignInLinks.PathFor(token));
        return 0;
    }
}
