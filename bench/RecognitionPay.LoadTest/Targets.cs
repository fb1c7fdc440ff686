using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;

namespace RecognitionPay.LoadTest;

/// <summary>A started server: where it listens, its process (to read its CPU time), what it reported about itself, and its log.</summary>
public sealed record Target(string Name, Uri Url, Process Process, string Settings, string LogFile);

/// <summary>Starts the two servers as child processes on free loopback ports, each with its files in the run's folder.</summary>
public static class Targets
{
    /// <summary>A signing key for this run only; the client signs its tokens with the same one.</summary>
    public static readonly string SigningKey = $"load-test-{Guid.NewGuid():N}-{Guid.NewGuid():N}";

    /// <summary>`dotnet RecognitionPay.Api.dll --urls ...` on the embedded default, configured only by environment variables.</summary>
    public static async Task<Target> StartServiceAsync(ChildProcesses children, LoadOptions options, string work, CancellationToken cancellationToken)
    {
        var port = ChildProcesses.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var log = Path.Combine(work, "service.log");
        Directory.CreateDirectory(Path.Combine(work, "none"));
        var process = children.Start("service", work, [options.ApiDll, "--urls", url.ToString().TrimEnd('/')], new Dictionary<string, string>
        {
            ["ConnectionStrings__RecognitionPay"] = $"Data Source={Path.Combine(work, "load.db")}",
            ["Auth__SigningKey"] = SigningKey,
            ["Policies__Directory"] = Path.Combine(options.Repository, "policies"),
            ["Seeds__Directory"] = Path.Combine(work, "none"),
            ["DataProtection__KeysDirectory"] = Path.Combine(work, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimits__WritesPerMinute"] = "0",
        }, log);
        await ChildProcesses.WaitHealthyAsync("The service", process, new Uri(url, "/health"), log, TimeSpan.FromSeconds(90), cancellationToken);
        return new Target("service", url, process, $"built {BuildConfiguration(options.ApiDll)}, server GC {ServiceUsesServerGc(options.ApiDll)}", log);
    }

    /// <summary>This program again, as `serve-baseline`, with the service's garbage collector mode so only the work differs.</summary>
    public static async Task<Target> StartBaselineAsync(ChildProcesses children, LoadOptions options, string work, CancellationToken cancellationToken)
    {
        var port = ChildProcesses.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var log = Path.Combine(work, "baseline.log");
        var self = typeof(Targets).Assembly.Location;
        var process = children.Start("baseline", work, [self, "serve-baseline", "--port", $"{port}", "--db", Path.Combine(work, "baseline.db")], new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = ServiceUsesServerGc(options.ApiDll) ? "1" : "0",
        }, log);
        var health = new Uri(url, "/health");
        await ChildProcesses.WaitHealthyAsync("The baseline", process, health, log, TimeSpan.FromSeconds(60), cancellationToken);
        using var client = new HttpClient();
        return new Target("baseline", url, process, await client.GetStringAsync(health, cancellationToken), log);
    }

    /// <summary>System.GC.Server from the service's runtimeconfig.json (the Web SDK turns it on).</summary>
    public static bool ServiceUsesServerGc(string apiDll)
    {
        var config = Path.ChangeExtension(apiDll, ".runtimeconfig.json");
        return File.Exists(config)
            && JsonNode.Parse(File.ReadAllText(config))?["runtimeOptions"]?["configProperties"]?["System.GC.Server"]?.GetValue<bool>() == true;
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
