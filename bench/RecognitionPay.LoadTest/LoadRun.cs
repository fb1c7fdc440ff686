using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace RecognitionPay.LoadTest;

/// <summary>One measurement per target and client count, and the comparison against the acceptance target.</summary>
public static class LoadRun
{
    public const double TargetTimesRowBaseline = 3;
    public const double TargetShareOfBatchBaseline = 0.50;
    public const double TargetP99Milliseconds = 50;
    public const double TargetCpuMillisecondsPerClaim = 0.8;

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

        Measurement? last = null;
        foreach (var clients in measured.Select(m => m.Clients).Distinct())
        {
            var service = measured.FirstOrDefault(m => m.Clients == clients && m.Target == "service");
            var row = measured.FirstOrDefault(m => m.Clients == clients && m.Target == Targets.RowBaseline);
            var batch = measured.FirstOrDefault(m => m.Clients == clients && m.Target == Targets.BatchBaseline);
            if (service is null)
            {
                continue;
            }

            last = service;
            foreach (var postgres in measured.Where(m => m.Clients == clients && m.Target.StartsWith(Targets.PostgreSqlService, StringComparison.Ordinal)))
            {
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"At {clients} clients on PostgreSQL ({postgres.Target}) the service did {postgres.Throughput:0.0} claims/s with p99 {postgres.P99:0.0} ms ({postgres.Errors} failed), beside {service.Throughput:0.0} claims/s with p99 {service.P99:0.0} ms on SQLite."));
            }

            output.WriteLine();
            var (times, share) = (Ratio(service, row), Ratio(service, batch));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"At {clients} clients the service did {service.Throughput:0.0} claims/s: {times:0.00}x the one-row-per-commit baseline's {row?.Throughput ?? 0:0.0} rows/s, {share:P1} of the batching baseline's {batch?.Throughput ?? 0:0.0} rows/s; {CpuPerRequest(service):0.00} ms of server processor time a claim."));
            output.WriteLine($"Against the target (stated for 32 clients):");
            output.WriteLine(Check($">= {TargetTimesRowBaseline:0}x row baseline", $"{times:0.00}x", times >= TargetTimesRowBaseline));
            output.WriteLine(Check($">= {TargetShareOfBatchBaseline:P0} of batch baseline", $"{share:P1}", share >= TargetShareOfBatchBaseline));
            output.WriteLine(Check($"p99 <= {TargetP99Milliseconds:0} ms", $"{service.P99:0.0} ms", service.P99 <= TargetP99Milliseconds));
            output.WriteLine(Check($"cpu <= {TargetCpuMillisecondsPerClaim} ms/claim", $"{CpuPerRequest(service):0.00} ms", CpuPerRequest(service) <= TargetCpuMillisecondsPerClaim));
            output.WriteLine(Check("no failed requests", $"{service.Errors} service, {(row?.Errors ?? 0) + (batch?.Errors ?? 0)} baselines", service.Errors == 0 && (row?.Errors ?? 0) == 0 && (batch?.Errors ?? 0) == 0));
        }

        if (last is not null)
        {
            var (row, batch) = (measured.FirstOrDefault(m => m.Clients == last.Clients && m.Target == Targets.RowBaseline), measured.FirstOrDefault(m => m.Clients == last.Clients && m.Target == Targets.BatchBaseline));
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT claims_per_s={last.Throughput:0.0} p99_ms={last.P99:0.0} baseline_row_per_s={row?.Throughput ?? 0:0.0} baseline_batch_per_s={batch?.Throughput ?? 0:0.0} cpu_ms_per_claim={CpuPerRequest(last):0.00} errors={last.Errors}"));
        }
    }

    /// <summary>The service's throughput over a baseline's, or not a number when that baseline was not run.</summary>
    private static double Ratio(Measurement service, Measurement? baseline) =>
        baseline is { Throughput: > 0 } ? service.Throughput / baseline.Throughput : double.NaN;

    /// <summary>Server processor time over the window (100% = one core) divided by the requests answered in it.</summary>
    private static double CpuPerRequest(Measurement measurement) =>
        measurement.Requests == 0 ? double.NaN : measurement.Cpu.ServerPercent / 100 * measurement.Seconds * 1000 / measurement.Requests;

    private static string Check(string what, string value, bool met) =>
        string.Create(CultureInfo.InvariantCulture, $"  {what,-24} {value,-28} {(met ? "met" : "MISSED")}");
}
