using System.Globalization;
using System.Runtime.InteropServices;
using RecognitionPay.LoadTest;

if (args.Length > 0 && args[0] == "serve-baseline")
{
    return await BaselineServer.RunAsync(args);
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception invalid) when (invalid is ArgumentException or FormatException)
{
    Console.Error.WriteLine(invalid.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    stop.Cancel();
});

var work = Directory.CreateTempSubdirectory("recognitionpay-load-").FullName;
var children = new ChildProcesses();
var postgres = new List<PostgresDatabase>();
try
{
    Console.WriteLine($"Working in {work}");
    var starting = new List<Task<Target>>();
    if (options.RunsService)
    {
        starting.Add(Targets.StartServiceAsync(children, options, work, postgres: null, nodes: 1, stop.Token));
        if (options.Postgres is { } cluster)
        {
            foreach (var nodes in options.PostgresNodes == 1 ? [1] : new[] { 1, options.PostgresNodes })
            {
                var database = await PostgresDatabase.CreateAsync(cluster, stop.Token);
                postgres.Add(database);
                starting.Add(Targets.StartServiceAsync(children, options, work, database, nodes, stop.Token));
            }
        }
    }

    if (options.RunsBaseline)
    {
        starting.Add(Targets.StartBaselineAsync(children, options, work, "row", stop.Token));
        starting.Add(Targets.StartBaselineAsync(children, options, work, "batch", stop.Token));
    }

    var targets = await Task.WhenAll(starting);
    foreach (var target in targets)
    {
        Console.WriteLine($"{target.Name}: {string.Join(", ", target.Nodes.Select(n => $"{n.Url} (pid {n.Process.Id})"))} {target.Settings}");
    }

    // Each service registers the same people in its own database (through its first node); the baseline reads no token.
    var scenarios = new Dictionary<Target, ClaimScenario>();
    foreach (var target in targets.Where(t => t.IsService))
    {
        using var setup = LoadDriver.Client(target.Nodes[0].Url, 8, TimeSpan.FromSeconds(30));
        var prepared = await ClaimScenario.PrepareAsync(setup, Targets.SigningKey, options.People, options.SubmitAs == "staff", stop.Token);
        Console.WriteLine($"{target.Name}: registered {options.People} co-producers; claims as {options.SubmitAs}, meetings dated {prepared.Dates}");
        Console.WriteLine(await LoadRun.FirstClaimAsync(setup, prepared, stop.Token));
        scenarios[target] = prepared;
    }

    var offline = scenarios.Values.FirstOrDefault() ?? ClaimScenario.Offline(options.People, options.SubmitAs == "staff");
    var measured = new List<Measurement>();
    foreach (var clients in options.Clients)
    {
        foreach (var target in targets)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Loading {target.Name} with {clients} clients: {options.WarmupSeconds:0.#} s warm-up, {options.Seconds:0.#} s measured..."));
            measured.Add(await LoadRun.MeasureAsync(target, scenarios.GetValueOrDefault(target, offline), clients, options, stop.Token));
        }
    }

    LoadRun.Print(measured, Console.Out);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}
catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or HttpRequestException)
{
    Console.Error.WriteLine($"The load run failed: {failure.Message}");
    return 1;
}
finally
{
    await children.DisposeAsync();
    foreach (var database in postgres)
    {
        await database.DisposeAsync();
    }

    if (options.Keep)
    {
        Console.WriteLine($"Kept {work} (load.db, baseline.db and each server's log)");
    }
    else
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            Console.Error.WriteLine($"Could not remove {work}");
        }
    }
}
