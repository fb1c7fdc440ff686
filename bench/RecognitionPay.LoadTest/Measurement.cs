using System.Diagnostics;
using System.Globalization;

namespace RecognitionPay.LoadTest;

/// <summary>What one target did in one measured window: throughput, latency percentiles, and every answer that was not 2xx.</summary>
public sealed record Measurement(
    string Target,
    int Clients,
    int Requests,
    double Seconds,
    double Throughput,
    double P50,
    double P95,
    double P99,
    double Max,
    int Errors,
    IReadOnlyDictionary<string, int> Outcomes,
    IReadOnlyList<int> PerSecond,
    IReadOnlyList<string> ErrorSamples,
    LoadDriver.Cpu Cpu,
    IReadOnlyList<(double UpToMs, int Count)> Histogram)
{
    private static readonly double[] Bounds = [5, 10, 20, 50, 100, 140, 200, 500, 1000, double.PositiveInfinity];

    public const string Header = "target                 clients  requests  seconds     req/s   p50 ms   p95 ms   p99 ms   max ms  errors";

    public static Measurement From(
        string target, int clients, long[] latencyTicks, long elapsedTicks, IReadOnlyDictionary<string, int> outcomes, int[] perSecond, IReadOnlyList<string> samples, LoadDriver.Cpu cpu)
    {
        Array.Sort(latencyTicks);
        var seconds = Math.Max(elapsedTicks, 1) / (double)Stopwatch.Frequency;
        var errors = outcomes.Where(o => !o.Key.StartsWith('2') || o.Key.Length != 3).Sum(o => o.Value);
        return new Measurement(
            target,
            clients,
            latencyTicks.Length,
            seconds,
            latencyTicks.Length / seconds,
            Percentile(latencyTicks, 0.50),
            Percentile(latencyTicks, 0.95),
            Percentile(latencyTicks, 0.99),
            latencyTicks.Length == 0 ? 0 : Milliseconds(latencyTicks[^1]),
            errors,
            outcomes,
            perSecond,
            samples,
            cpu,
            [.. Bounds.Select((bound, i) => (bound, latencyTicks.Count(t => Milliseconds(t) <= bound && (i == 0 || Milliseconds(t) > Bounds[i - 1]))))]);
    }

    public string Row => string.Create(
        CultureInfo.InvariantCulture,
        $"{Target,-22} {Clients,7} {Requests,9} {Seconds,8:0.0} {Throughput,9:0.0} {P50,8:0.0} {P95,8:0.0} {P99,8:0.0} {Max,8:0.0} {Errors,7}");

    /// <summary>Answers by status, and completions per second of the window, to see a trend (for example a slowdown as rows pile up).</summary>
    public IEnumerable<string> Details()
    {
        yield return $"  {Target} answers: {string.Join(", ", Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} x {o.Value}"))}";
        yield return string.Create(CultureInfo.InvariantCulture, $"  {Target} processor use while measured (100% = one core of {Environment.ProcessorCount}): server {Cpu.ServerPercent:0}%, load client {Cpu.ClientPercent:0}%, PostgreSQL {Cpu.DatabasePercent:0}%, other processes {Cpu.OthersPercent:0}%{(Cpu.OthersPercent > 20 ? " (NOISY: something else was busy; repeat)" : "")}");
        yield return $"  {Target} latency spread (ms: count): {string.Join(", ", Histogram.Where(h => h.Count > 0).Select(h => double.IsInfinity(h.UpToMs) ? $">1000: {h.Count}" : $"<={h.UpToMs}: {h.Count}"))}";
        yield return $"  {Target} answers per second: {string.Join(' ', PerSecond)}";
        foreach (var sample in ErrorSamples)
        {
            yield return $"  {Target} error: {(sample.Length > 400 ? sample[..400] + "..." : sample)}";
        }
    }

    /// <summary>Nearest rank: the smallest latency that at least this share of requests did not exceed.</summary>
    private static double Percentile(long[] sorted, double share) =>
        sorted.Length == 0 ? 0 : Milliseconds(sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
