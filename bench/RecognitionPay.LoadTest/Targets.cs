using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;

namespace RecognitionPay.LoadTest;

/// <summary>A started server: its nodes (one, or several on one database) and what it reported about itself.</summary>
public sealed record Target(string Name, IReadOnlyList<Node> Nodes, string Settings)
{
    /// <summary>The service (on either database), as against the bare baseline.</summary>
    public bool IsService => Name.StartsWith("service", StringComparison.Ordinal);

    public Node? Exited => Nodes.FirstOrDefault(n => n.Process.HasExited);
}

/// <summary>One process of a target: where it listens, its process (to read its CPU time) and its log.</summary>
public sealed record Node(Uri Url, Process Process, string LogFile);

/// <summary>Starts the two servers as child processes on free loopback ports, each with its files in the run's folder.</summary>
public static class Targets
{
    /// <summary>A signing key for this run only; the client signs its tokens with the same one.</summary>
    public static readonly string SigningKey = $"load-test-{Guid.NewGuid():N}-{Guid.NewGuid():N}";

    public const string PostgreSqlService = "service-postgresql";

    /// <summary>
    /// The service on the embedded default, or on PostgreSQL (a database of its own on the cluster
    /// <paramref name="postgres"/> reaches, and a certificate for its key ring) when given, with that many nodes on
    /// the one database, all started at once.
    /// </summary>
    public static async Task<Target> StartServiceAsync(ChildProcesses children, LoadOptions options, string work, PostgresDatabase? postgres, int nodes, CancellationToken cancellationToken)
    {
        var name = postgres is null ? "service" : nodes == 1 ? PostgreSqlService : $"{PostgreSqlService}-x{nodes}";
        Directory.CreateDirectory(Path.Combine(work, "none"));
        var database = postgres is null
            ? new Dictionary<string, string> { ["ConnectionStrings__RecognitionPay"] = $"Data Source={Path.Combine(work, "load.db")}" }
            : new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__RecognitionPay"] = postgres.ConnectionString,
                ["DataProtection__Certificate__Path"] = PostgresDatabase.Certificate(Path.Combine(work, name)),
            };
        var started = await Task.WhenAll(Enumerable.Range(1, nodes).Select(n => StartNodeAsync(children, options, work, nodes == 1 ? name : $"{name}-{n}", database, cancellationToken)));
        var runtime = ServiceRuntime.Of(options.ApiDll);
        return new Target(name, started, $"built {BuildConfiguration(options.ApiDll)}, server GC {runtime.ServerGc}, thread pool spin limit {runtime.SpinLimit?.ToString() ?? "default"}");
    }

    /// <summary>`dotnet RecognitionPay.Api.dll --urls ...`, configured only by environment variables.</summary>
    private static async Task<Node> StartNodeAsync(ChildProcesses children, LoadOptions options, string work, string name, IDictionary<string, string> database, CancellationToken cancellationToken)
    {
        var port = ChildProcesses.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var log = Path.Combine(work, $"{name}.log");
        var process = children.Start(name, work, [options.ApiDll, "--urls", url.ToString().TrimEnd('/')], new Dictionary<string, string>(database)
        {
            ["Auth__SigningKey"] = SigningKey,
            ["Policies__Directory"] = Path.Combine(options.Repository, "policies"),
            ["Seeds__Directory"] = Path.Combine(work, "none"),
            ["DataProtection__KeysDirectory"] = Path.Combine(work, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimits__WritesPerMinute"] = "0",
        }, log);
        await ChildProcesses.WaitHealthyAsync($"The {name}", process, new Uri(url, "/health"), log, TimeSpan.FromSeconds(90), cancellationToken);
        return new Node(url, process, log);
    }

    /// <summary>The baseline writing one row per commit, as the service's commands commit.</summary>
    public const string RowBaseline = "baseline";

    /// <summary>The baseline writing each burst of waiting rows in one commit: the storage's limit.</summary>
    public const string BatchBaseline = "baseline-batch";

    /// <summary>
    /// This program again, as `serve-baseline` in <paramref name="mode"/> (row or batch), with the service's garbage
    /// collector mode and thread pool spinning so only the work differs.
    /// </summary>
    public static async Task<Target> StartBaselineAsync(ChildProcesses children, LoadOptions options, string work, string mode, CancellationToken cancellationToken)
    {
        var name = mode == "batch" ? BatchBaseline : RowBaseline;
        var port = ChildProcesses.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var log = Path.Combine(work, $"{name}.log");
        var self = typeof(Targets).Assembly.Location;
        var runtime = ServiceRuntime.Of(options.ApiDll);
        var settings = new Dictionary<string, string> { ["DOTNET_gcServer"] = runtime.ServerGc ? "1" : "0" };
        if (runtime.SpinLimit is { } spinLimit)
        {
            settings["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = $"{spinLimit}";
        }

        var process = children.Start(name, work, [self, "serve-baseline", "--mode", mode, "--port", $"{port}", "--db", Path.Combine(work, $"{name}.db")], settings, log);
        var health = new Uri(url, "/health");
        await ChildProcesses.WaitHealthyAsync($"The {name}", process, health, log, TimeSpan.FromSeconds(60), cancellationToken);
        using var client = new HttpClient();
        return new Target(name, [new Node(url, process, log)], await client.GetStringAsync(health, cancellationToken));
    }

    /// <summary>
    /// The service's runtime settings the baselines copy, read once from its runtimeconfig.json: server garbage
    /// collection (the Web SDK turns it on) and how long idle thread pool threads spin (null: the runtime's default).
    /// </summary>
    public sealed record ServiceRuntime(bool ServerGc, int? SpinLimit)
    {
        public static ServiceRuntime Of(string apiDll)
        {
            var config = Path.ChangeExtension(apiDll, ".runtimeconfig.json");
            var settings = File.Exists(config) ? JsonNode.Parse(File.ReadAllText(config))?["runtimeOptions"]?["configProperties"] : null;
            return new(
                settings?["System.GC.Server"]?.GetValue<bool>() == true,
                settings?["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]?.GetValue<int>());
        }
    }

    /// <summary>The [AssemblyConfiguration] the service was built with ("Release" or "Debug"), read without loading it.</summary>
    public static string BuildConfiguration(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name) == "AssemblyConfigurationAttribute")
            {
                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16();
                return blob.ReadSerializedString() ?? "?";
            }
        }

        return "?";
    }
}
