using NodaTime;

namespace RecognitionPay.Api.Security;

/// <summary>`token --email someone@example.org --role Staff [--hours 12]`: prints a bearer token signed with the local key.</summary>
public static class TokenCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "token";

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (!string.Equals(configuration["Auth:Mode"] ?? "Local", "Local", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine("The token command works only in Local mode (Auth:Mode = Local). In Oidc mode, sign in with your identity provider.");
            return 2;
        }

        var email = CommandLine.Option(args, "--email");
        var role = CommandLine.Option(args, "--role");
        var hours = int.TryParse(CommandLine.Option(args, "--hours"), out var h) ? h : 12;
        if (string.IsNullOrWhiteSpace(email) || email.Length > 200 || role is null || !Roles.IsKnown(role) || hours is < 1 or > 168)
        {
            error.WriteLine($"Usage: token --email <email> --role <{string.Join('|', Roles.All)}> [--hours 1-168]");
            return 2;
        }

        var key = LocalTokens.SigningKey(configuration);
        output.WriteLine(LocalTokens.Create(key, email, role, SystemClock.Instance.GetCurrentInstant(), Duration.FromHours(hours)));
        return 0;
    }
}
