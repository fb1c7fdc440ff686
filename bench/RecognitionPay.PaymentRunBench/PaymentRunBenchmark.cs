using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Npgsql;
using RecognitionPay.Api.Hosting;

namespace RecognitionPay.PaymentRunBench;

/// <summary>
/// Payment runs at national scale: 100,000 approved claims for 10,000 people, then one run, each export and marking
/// it paid, on each provider asked for (SQLite, PostgreSQL), side by side. Each provider is seeded in one process and
/// measured in another, so neither seeding nor the other provider is in its figures. Targets on the 2-core machine:
/// run &lt;= 10 s, each export &lt;= 3 s, peak memory &lt;= 400 MB. Not a test: run it by hand in Release (see bench/README.md).
/// </summary>
public static class PaymentRunBenchmark
{
    private static readonly string[] Formats = ["csv", "bacs18", "pain001", "vouchers"];

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--headroom"))
        {
            await HeadroomBenchmark.RunAsync();
            return 0;
        }

        var people = Options.Int(args, "--people", 10_000);
        var claimsEach = Options.Int(args, "--claims-per-person", 10);
        var database = Options.Text(args, "--database");
        if (Options.Text(args, "--seed-into") is { } seedFolder)
        {
            await using var seeder = new BenchService(seedFolder, database);
            await Seeding.ApprovedClaimsAsync(seeder, people, claimsEach);
            return 0;
        }

        if (Options.Text(args, "--measure") is { } measureFolder)
        {
            await MeasureAsync(measureFolder, database);
            return 0;
        }

        var providers = (Options.Text(args, "--provider") ?? "sqlite").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var cluster = Options.Text(args, "--postgres");
        if (providers.Any(p => p is not ("sqlite" or "postgresql")) || (providers.Contains("postgresql") && cluster is null))
        {
            Console.Error.WriteLine("--provider is sqlite, postgresql or sqlite,postgresql; postgresql needs --postgres CONN (a role that may create databases).");
            return 2;
        }

        var results = new List<Measured>();
        foreach (var provider in providers)
        {
            Console.WriteLine($"== {provider}");
            results.Add(await OneProviderAsync(provider, cluster, people, claimsEach));
        }

        Console.WriteLine();
        Console.WriteLine($"{"provider",-11} {"items",7} {"run s",7} {string.Join(' ', Formats.Select(f => $"{f + " s",10}"))} {"paid s",7} {"peak MB",8}");
        foreach (var result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Provider,-11} {result.Items,7} {result.RunSeconds,7:0.00} {string.Join(' ', Formats.Select(f => $"{result.ExportSeconds[f],10:0.00}"))} {result.PaidSeconds,7:0.00} {result.PeakMegabytes,8}"));
        }

        foreach (var result in results)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Provider}: run {result.RunSeconds / result.RunBareSeconds:0.00}x bare SQL, marked paid {result.PaidSeconds / result.PaidBareSeconds:0.00}x bare SQL (targets <= 2x), peak {result.PeakMegabytes} MB (target <= 400 MB)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT run_s={result.RunSeconds:0.00} run_bare_s={result.RunBareSeconds:0.00} paid_s={result.PaidSeconds:0.00} paid_bare_s={result.PaidBareSeconds:0.00} peak_mb={result.PeakMegabytes}"));
        }

        return 0;
    }

    private static async Task<Measured> OneProviderAsync(string provider, string? cluster, int people, int claimsEach)
    {
        var folder = Path.Combine(Path.GetTempPath(), "recognitionpay-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(BenchService.CertificatePath(folder), DataProtectionSetup.NewCertificate(password: null));
        var database = provider == "postgresql" ? await CreateDatabaseAsync(cluster!) : null;
        try
        {
            var extra = database is null ? [] : new[] { "--database", database };
            var seeding = Stopwatch.StartNew();
            await RunSelfAsync(["--seed-into", folder, "--people", $"{people}", "--claims-per-person", $"{claimsEach}", .. extra]);
            Console.WriteLine($"seeded {people:N0} people and {people * claimsEach:N0} approved claims in {seeding.Elapsed.TotalSeconds:N1} s (in a separate process)");
            var last = await RunSelfAsync(["--measure", folder, .. extra]);
            return Measured.Parse(provider, last);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (database is not null)
            {
                await DropDatabaseAsync(cluster!, database);
            }
        }
    }

    /// <summary>One run, each export and marking it paid, in this process against the seeded data; its last line is the figures.</summary>
    private static async Task MeasureAsync(string folder, string? database)
    {
        await using var service = new BenchService(folder, database);
        await service.Finance.GetAsync("/health");
        var atStart = Memory.PeakMegabytes();
        var file = database is null ? Path.Combine(folder, "bench.db") : null;
        var (beforeRun, afterRun, afterPaid) = (Path.Combine(folder, "before-run.db"), Path.Combine(folder, "after-run.db"), Path.Combine(folder, "after-paid.db"));
        if (file is not null)
        {
            await BareReplay.SnapshotAsync(file, beforeRun);
        }

        var (jitted, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var (runId, runSeconds, itemCount) = await Measurements.CreateRunAsync(service.Finance);
        Console.WriteLine($"the JIT compiled {JitInfo.GetCompiledMethodCount() - jitted:N0} methods during the run, in {(JitInfo.GetCompilationTime() - jitTime).TotalSeconds:N2} s (on every thread: tier-0 code on the run's path, optimized code in the background)");
        if (file is not null)
        {
            await BareReplay.SnapshotAsync(file, afterRun);
        }

        Console.WriteLine($"payment run: {itemCount:N0} items in {runSeconds:N2} s (target <= 10 s); peak memory so far {Memory.PeakMegabytes():N0} MB");
        var exports = new List<string>();
        foreach (var format in Formats)
        {
            var (seconds, bytes) = await Measurements.ExportAsync(service.Finance, runId, format);
            exports.Add(string.Create(CultureInfo.InvariantCulture, $"{format}={seconds:0.000}"));
            Console.WriteLine($"export {format,-8}: {bytes / 1024.0 / 1024.0:N1} MB in {seconds:N2} s (target <= 3 s); peak memory so far {Memory.PeakMegabytes():N0} MB");
        }

        var afterExports = Memory.PeakMegabytes();
        var paid = Stopwatch.StartNew();
        (await service.Finance.PostAsync($"/api/v1/batches/{runId}/paid", null)).EnsureSuccessStatusCode();
        var paidSeconds = paid.Elapsed.TotalSeconds;
        var peak = Memory.PeakMegabytes();
        var (runBare, paidBare) = (double.NaN, double.NaN);
        if (file is not null)
        {
            await BareReplay.SnapshotAsync(file, afterPaid);
            runBare = await BareReplay.SecondsAsync(beforeRun, afterRun, folder, foreignKeys: true);
            paidBare = await BareReplay.SecondsAsync(afterRun, afterPaid, folder, foreignKeys: true);
            Console.WriteLine($"the same rows by bare SQL in one transaction, foreign keys checked: the run's in {runBare:N2} s, marking paid's in {paidBare:N2} s (targets: the service within 2x of each)");
            var (runStorage, paidStorage) = (await BareReplay.SecondsAsync(beforeRun, afterRun, folder, foreignKeys: false), await BareReplay.SecondsAsync(afterRun, afterPaid, folder, foreignKeys: false));
            Console.WriteLine($"the same rows by bare SQL without foreign keys (the storage alone): the run's in {runStorage:N2} s, marking paid's in {paidStorage:N2} s");
        }

        Console.WriteLine($"peak memory of the service process: {atStart:N0} MB once started; {afterExports:N0} MB after the run and exports (target <= 400 MB)");
        Console.WriteLine($"marked paid (every claim becomes Paid) in {paidSeconds:N2} s; peak memory {peak:N0} MB (target <= 400 MB)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MEASURED items={itemCount} run={runSeconds:0.000} {string.Join(' ', exports)} paid={paidSeconds:0.000} peak={peak} runBare={runBare:0.000} paidBare={paidBare:0.000}"));
    }

    /// <summary>This program again with those arguments, its output passed through; the last line it printed.</summary>
    private static async Task<string> RunSelfAsync(string[] arguments)
    {
        var self = typeof(PaymentRunBenchmark).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [self, .. arguments]) { RedirectStandardOutput = true };
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The benchmark's child process did not start.");
        var last = "";
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            Console.WriteLine(line);
            last = line;
        }

        await child.WaitForExitAsync();
        return child.ExitCode == 0 ? last : throw new InvalidOperationException($"{arguments[0]} failed with exit code {child.ExitCode}.");
    }

    private static async Task<string> CreateDatabaseAsync(string cluster)
    {
        var name = $"recognitionpay_bench_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(cluster);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(cluster) { Database = name }.ConnectionString;
    }

    private static async Task DropDatabaseAsync(string cluster, string database)
    {
        await using var admin = new NpgsqlConnection(cluster);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>One provider's figures, read back from the MEASURED line its measuring process printed.</summary>
    /// <param name="RunBareSeconds">The same rows as the run, written by bare SQL in one transaction (SQLite only; not a number on PostgreSQL).</param>
    private sealed record Measured(string Provider, int Items, double RunSeconds, IReadOnlyDictionary<string, double> ExportSeconds, double PaidSeconds, long PeakMegabytes, double RunBareSeconds, double PaidBareSeconds)
    {
        public static Measured Parse(string provider, string line)
        {
            if (!line.StartsWith("MEASURED ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The measuring process ended without its figures: {line}");
            }

            var values = line["MEASURED ".Length..].Split(' ').Select(pair => pair.Split('=')).ToDictionary(p => p[0], p => p[1]);
            double Number(string key) => double.Parse(values[key], CultureInfo.InvariantCulture);
            return new Measured(provider, (int)Number("items"), Number("run"), Formats.ToDictionary(f => f, Number), Number("paid"), (long)Number("peak"), Number("runBare"), Number("paidBare"));
        }
    }
}
