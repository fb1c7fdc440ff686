using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace RecognitionPay.LoadTest;

/// <summary>One measurement per target and client count, and the comparison against the acceptance target.</summary>
public static class LoadRun
{
    public const double TargetClaimsPerSecond = 1000;
    public const double TargetP99Milliseconds = 50;
    public const double TargetShareOfBaseline = 0.40;

    /// <summary>Submits one claim before any load, to show it is priced as expected (and that the tokens work).</summary>
    public static async Task<string> FirstClaimAsync(HttpClient service, ClaimScenario scenario, CancellationToken cancellationToken)
    {
        using var request = scenario.Claim(-1 + (long)int.MaxValue, "/api/v1/claims");
        using var response = await service.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"The first claim answered {(int)response.StatusCode}: {text}");
        }

        var claim = JsonNode.Parse(text)!;
        return $"First claim: {claim["status"]}, policy {claim["policyVersion"]}, total {claim["totalPence"]}p ({text.Length} bytes of JSON)";
    }

    public static async Task<Measurement> MeasureAsync(Target target, ClaimScenario scenario, int clients, LoadOptions options, CancellationToken cancellationToken)
    {
        var path = target.IsService ? "/api/v1/claims" : "/baseline";
        var byNode = target.Nodes.Select((node, i) => LoadDriver.Client(node.Url, Math.Max(1, (clients + target.Nodes.Count - 1 - i) / target.Nodes.Count), TimeSpan.FromSeconds(options.TimeoutSeconds))).ToArray();
        var measurement = await LoadDriver.RunAsync(
            target,
            byNode,
            n => scenario.Claim(n, path),
            clients,
            TimeSpan.FromSeconds(options.WarmupSeconds),
            TimeSpan.FromSeconds(options.Seconds),
            options.MaxRequests,
            cancellationToken);
        foreach (var client in byNode)
        {
            client.Dispose();
        }

        Console.WriteLine($"  {measurement.Row.Trim()}");
        return measurement;
    }

    public static void Print(IReadOnlyList<Measurement> measured, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Measurement.Header);
        foreach (var measurement in measured)
        {
            output.WriteLine(measurement.Row);
        }

        output.WriteLine();
        foreach (var line in measured.SelectMany(m => m.Details()))
        {
            output.WriteLine(line);
        }

        foreach (var clients in measured.Select(m => m.Clients).Distinct())
        {
            var service = measured.FirstOrDefault(m => m.Clients == clients && m.Target == "service");
            var baseline = measured.FirstOrDefault(m => m.Clients == clients && m.Target == "baseline");
            if (service is null)
            {
                continue;
            }

            foreach (var postgres in measured.Where(m => m.Clients == clients && m.Target.StartsWith(Targets.PostgreSqlService, StringComparison.Ordinal)))
            {
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"At {clients} clients on PostgreSQL ({postgres.Target}) the service did {postgres.Throughput:0.0} claims/s with p99 {postgres.P99:0.0} ms ({postgres.Errors} failed), beside {service.Throughput:0.0} claims/s with p99 {service.P99:0.0} ms on SQLite."));
            }

            output.WriteLine();
            var share = baseline is { Throughput: > 0 } ? service.Throughput / baseline.Throughput : double.NaN;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"At {clients} clients the service did {service.Throughput:0.0} claims/s, {share:P1} of the baseline's {baseline?.Throughput ?? 0:0.0} rows/s."));
            output.WriteLine($"Against the target (stated for 32 clients):");
            output.WriteLine(Check($">= {TargetClaimsPerSecond:0} claims/s", $"{service.Throughput:0.0}", service.Throughput >= TargetClaimsPerSecond));
            output.WriteLine(Check($"p99 <= {TargetP99Milliseconds:0} ms", $"{service.P99:0.0} ms", service.P99 <= TargetP99Milliseconds));
            output.WriteLine(Check($">= {TargetShareOfBaseline:P0} of baseline", $"{share:P1}", share >= TargetShareOfBaseline));
            output.WriteLine(Check("no failed requests", $"{service.Errors} service, {baseline?.Errors ?? 0} baseline", service.Errors == 0 && (baseline?.Errors ?? 0) == 0));
        }
    }

    private static string Check(string what, string value, bool met) =>
        string.Create(CultureInfo.InvariantCulture, $"  {what,-24} {value,-28} {(met ? "met" : "MISSED")}");
}
