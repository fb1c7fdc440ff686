namespace RecognitionPay.Api.Security;

/// <summary>The `--name value` options of the service's own commands (token, signin-link).</summary>
internal static class CommandLine
{
    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
