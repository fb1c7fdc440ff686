using System.Diagnostics;

namespace RecognitionPay.PaymentRunBench;

/// <summary>
/// Payment runs at national scale: 100,000 approved claims for 10,000 people, then one run and each export.
/// Targets on the 2-core machine: run &lt;= 10 s, each export &lt;= 3 s, peak memory &lt;= 400 MB. Not a test: run it by
/// hand in Release (see bench/README.md).
/// </summary>
public static class PaymentRunBenchmark
{
    public static async Task Main(string[] args)
    {
        if (args.Contains("--headroom"))
        {
            await HeadroomBenchmark.RunAsync();
            return;
        }

        var people = Options.Int(args, "--people", 10_000);
        var claimsEach = Options.Int(args, "--claims-per-person", 10);
        if (Options.Text(args, "--seed-into") is { } folder)
        {
            await using var seeder = new BenchService(folder);
            await Seeding.ApprovedClaimsAsync(seeder, people, claimsEach);
            return;
        }

        var data = Path.Combine(Path.GetTempPath(), "recognitionpay-bench", Guid.NewGuid().ToString("N"));
        var seeding = Stopwatch.StartNew();
        await SeedInAnotherProcessAsync(data, people, claimsEach);
        Console.WriteLine($"seeded {people:N0} people and {people * claimsEach:N0} approved claims in {seeding.Elapsed.TotalSeconds:N1} s (in a separate process)");
        await using var service = new BenchService(data) { DeleteOnDispose = true };
        await service.Finance.GetAsync("/health");
        var atStart = Memory.PeakMegabytes();

        var (runId, runSeconds, itemCount) = await Measurements.CreateRunAsync(service.Finance);
        Console.WriteLine($"payment run: {itemCount:N0} items in {runSeconds:N2} s (target <= 10 s); peak memory so far {Memory.PeakMegabytes():N0} MB");
        foreach (var format in new[] { "csv", "bacs18", "pain001", "vouchers" })
        {
            var (seconds, bytes) = await Measurements.ExportAsync(service.Finance, runId, format);
            Console.WriteLine($"export {format,-8}: {bytes / 1024.0 / 1024.0:N1} MB in {seconds:N2} s (target <= 3 s); peak memory so far {Memory.PeakMegabytes():N0} MB");
        }

        var afterExports = Memory.PeakMegabytes();
        var paid = Stopwatch.StartNew();
        (await service.Finance.PostAsync($"/api/v1/batches/{runId}/paid", null)).EnsureSuccessStatusCode();
        Console.WriteLine($"peak memory of the service process: {atStart:N0} MB once started; {afterExports:N0} MB after the run and exports (target <= 400 MB)");
        Console.WriteLine($"marked paid (every claim becomes Paid) in {paid.Elapsed.TotalSeconds:N2} s; peak memory {Memory.PeakMegabytes():N0} MB (no target)");
    }

    /// <summary>Seeding holds far more than a run does; doing it in its own process keeps it out of the figures.</summary>
    private static async Task SeedInAnotherProcessAsync(string folder, int people, int claimsEach)
    {
        var self = typeof(PaymentRunBenchmark).Assembly.Location;
        using var seeder = Process.Start(new ProcessStartInfo("dotnet", [self, "--seed-into", folder, "--people", $"{people}", "--claims-per-person", $"{claimsEach}"]))
            ?? throw new InvalidOperationException("The seeding process did not start.");
        await seeder.WaitForExitAsync();
        if (seeder.ExitCode != 0)
        {
            throw new InvalidOperationException($"Seeding failed with exit code {seeder.ExitCode}.");
        }
    }
}
