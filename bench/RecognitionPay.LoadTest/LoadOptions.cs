using System.Globalization;

namespace RecognitionPay.LoadTest;

/// <summary>What one run measures, from the command line. Every option has a default, so no arguments is a full run.</summary>
public sealed record LoadOptions(
    IReadOnlyList<int> Clients,
    double Seconds,
    double WarmupSeconds,
    int People,
    string SubmitAs,
    string Target,
    string ApiDll,
    string Repository,
    int MaxRequests,
    double TimeoutSeconds,
    bool Keep,
    string? Postgres,
    int PostgresNodes)
{
    public const string Usage = """
        Usage: RecognitionPay.LoadTest [options]              load the service and the bare baseline, then compare
               RecognitionPay.LoadTest serve-baseline --port N --db PATH   (started by the load run itself)

          --clients 32        concurrent clients; a list (1,8,32) runs each in turn
          --seconds 20        measured seconds per target and client count
          --warmup 10         warm-up seconds before each measurement (not counted)
          --people 200        co-producers registered before the load
          --as coproducer     submit as each co-producer (own token), or 'staff' (Staff token with personId)
          --target both       both, service or baseline
          --api PATH          the built service (default <repo>/src/RecognitionPay.Api/bin/Release/net10.0/RecognitionPay.Api.dll)
          --repo PATH         the repository, for policies/ (default: found above the working directory)
          --max-requests N    at most N requests per measurement, warm-up included (default 2000000)
          --timeout 10        seconds before one request counts as failed
          --keep              keep the temporary folder (databases and the children's logs)
          --postgres CONN     also load the service on PostgreSQL, side by side: CONN reaches a cluster as a role that
                              may create databases (for example Host=/tmp/pg;Username=postgres;Database=postgres);
                              the run makes a database of its own there and drops it after
          --nodes 2           with --postgres, also load that many nodes of the service on one more database of
                              their own at once, the clients shared between them (1: a single node only)
        """;

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep")
            {
                keep = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        string Text(string name, string fallback) => values.Remove(name, out var value) ? value : fallback;
        double Number(string name, double fallback) => values.Remove(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var repository = Path.GetFullPath(Text("--repo", FindRepository()));
        var options = new LoadOptions(
            [.. Text("--clients", "32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            Number("--seconds", 20),
            Number("--warmup", 10),
            (int)Number("--people", 200),
            Text("--as", "coproducer"),
            Text("--target", "both"),
            Path.GetFullPath(Text("--api", Path.Combine(repository, "src/RecognitionPay.Api/bin/Release/net10.0/RecognitionPay.Api.dll"))),
            repository,
            (int)Number("--max-requests", 2_000_000),
            Number("--timeout", 10),
            keep,
            values.Remove("--postgres", out var postgres) ? postgres : null,
            (int)Number("--nodes", 2));
        if (values.Count > 0)
        {
            throw new ArgumentException($"Unknown option '{values.Keys.First()}'.");
        }

        return options.Check();
    }

    public bool RunsService => Target is "both" or "service";

    public bool RunsBaseline => Target is "both" or "baseline";

    private LoadOptions Check()
    {
        if (Clients.Count == 0 || Clients.Any(c => c is < 1 or > 1024))
        {
            throw new ArgumentException("--clients is 1 to 1024.");
        }

        if (Seconds is <= 0 or > 3600 || WarmupSeconds is < 0 or > 600 || TimeoutSeconds is <= 0 or > 300)
        {
            throw new ArgumentException("--seconds is up to 3600, --warmup up to 600, --timeout up to 300.");
        }

        if (PostgresNodes is < 1 or > 8)
        {
            throw new ArgumentException("--nodes is 1 to 8.");
        }

        if (People is < 1 or > 100_000 || MaxRequests < 1)
        {
            throw new ArgumentException("--people is 1 to 100000; --max-requests at least 1.");
        }

        if (SubmitAs is not ("coproducer" or "staff") || Target is not ("both" or "service" or "baseline"))
        {
            throw new ArgumentException("--as is coproducer or staff; --target is both, service or baseline.");
        }

        if (RunsService && !File.Exists(ApiDll))
        {
            throw new ArgumentException($"No built service at {ApiDll}. Run `dotnet build -c Release src/RecognitionPay.Api` first, or pass --api.");
        }

        if (RunsService && !Directory.Exists(Path.Combine(Repository, "policies")))
        {
            throw new ArgumentException($"No policies/ in {Repository}. Run from the repository, or pass --repo.");
        }

        return this;
    }

    /// <summary>The folder holding RecognitionPay.sln, above the working directory or else above this program.</summary>
    private static string FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "RecognitionPay.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
