using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RecognitionPay.LoadTest;

/// <summary>
/// The servers this run starts (the real service and the bare baseline), each with its output in a log file. Every one
/// is killed, with its children, when the run ends for any reason: normally, on failure, on Ctrl+C or SIGTERM.
/// </summary>
public sealed class ChildProcesses : IAsyncDisposable
{
    private readonly List<Process> _started = [];
    private readonly Lock _lock = new();

    public ChildProcesses() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    /// <summary>A loopback port nobody listens on at this moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The `dotnet` that runs this program, to run the service's and this program's dlls with.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    public Process Start(string name, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.Exited += (_, _) => Write(log, $"[{name} exited]");
        lock (_lock)
        {
            process.Start();
            _started.Add(process);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls GET url until it answers 200; fails if the process exits first or the time runs out.</summary>
    public static async Task WaitHealthyAsync(string name, Process process, Uri url, string logFile, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} before it was healthy:\n{Tail(logFile)}");
            }

            try
            {
                using var response = await client.GetAsync(url, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow first answer: ask again.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{name} was not healthy at {url} within {limit.TotalSeconds:0} s:\n{Tail(logFile)}");
    }

    public static string Tail(string logFile, int lines = 30) =>
        File.Exists(logFile) ? string.Join('\n', File.ReadLines(logFile).TakeLast(lines)) : "(no log)";

    public ValueTask DisposeAsync()
    {
        KillAll();
        return ValueTask.CompletedTask;
    }

    private void KillAll()
    {
        lock (_lock)
        {
            foreach (var process in _started)
            {
                try
                {
                    if (!process.HasExited)
                    {
                        process.Kill(entireProcessTree: true);
                        process.WaitForExit(5000);
                    }
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }

            _started.Clear();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
