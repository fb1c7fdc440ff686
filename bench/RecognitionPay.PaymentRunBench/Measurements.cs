using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RecognitionPay.PaymentRunBench;

internal static class Measurements
{
    public static async Task<(Guid RunId, double Seconds, int Items)> CreateRunAsync(HttpClient finance)
    {
        var watch = Stopwatch.StartNew();
        var response = await finance.PostAsJsonAsync("/api/v1/batches", new { });
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The run failed: {(int)response.StatusCode} {body}");
        }

        var run = JsonNode.Parse(body)!;
        return ((Guid)run["id"]!, watch.Elapsed.TotalSeconds, (int)run["itemCount"]!);
    }

    public static async Task<(double Seconds, long Bytes)> ExportAsync(HttpClient finance, Guid runId, string format)
    {
        var watch = Stopwatch.StartNew();
        using var response = await finance.GetAsync($"/api/v1/batches/{runId}/export?format={format}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var content = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await content.ReadAsync(buffer)) > 0)
        {
            bytes += read;
        }

        return (watch.Elapsed.TotalSeconds, bytes);
    }
}

/// <summary>The process's peak resident memory (VmHWM, from Linux).</summary>
internal static class Memory
{
    public static long PeakMegabytes() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024)
            .Single();

}

internal static class Options
{
    public static int Int(string[] args, string name, int fallback) =>
        Text(args, name) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
