using System.Collections.Concurrent;
using System.Diagnostics;

namespace RecognitionPay.LoadTest;

/// <summary>
/// Closed-loop load: N workers, each sending its next request as soon as the last one answered, over one HttpClient
/// per node of the target with a connection per worker (worker i loads node i mod nodes). A warm-up runs first and is not counted; then every request started in the measured
/// window is timed (until it answers, even just after the window ends). Bounded by time and by request count.
/// </summary>
public static class LoadDriver
{
    public static HttpClient Client(Uri baseAddress, int clients, TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };

    public static async Task<Measurement> RunAsync(
        Target target, IReadOnlyList<HttpClient> byNode, Func<long, HttpRequestMessage> next, int clients, TimeSpan warmup, TimeSpan duration, int maxRequests, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cpuAtStart = Task.Run(
            async () =>
            {
                await Task.Delay(warmup, cancellationToken);
                return Cpu.Now(target.Nodes);
            },
            cancellationToken);
        var measureFrom = warmup.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        var stopAt = measureFrom + (duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
        var sent = -1L;
        var perSecond = new int[(int)Math.Ceiling(duration.TotalSeconds) + 1];
        var statuses = new ConcurrentDictionary<string, int>();
        var samples = new ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(
            async () =>
            {
                var client = byNode[worker % byNode.Count];
                var latencies = new List<long>(capacity: 4096);
                var lastAnswer = 0L;
                while (!cancellationToken.IsCancellationRequested && clock.ElapsedTicks < stopAt && target.Exited is null)
                {
                    var n = Interlocked.Increment(ref sent);
                    if (n >= maxRequests)
                    {
                        break;
                    }

                    using var request = next(n);
                    var started = clock.ElapsedTicks;
                    var outcome = await SendAsync(client, request, samples, cancellationToken);
                    var answered = clock.ElapsedTicks;
                    if (started < measureFrom)
                    {
                        continue;
                    }

                    latencies.Add(answered - started);
                    lastAnswer = Math.Max(lastAnswer, answered);
                    statuses.AddOrUpdate(outcome, 1, (_, count) => count + 1);
                    var second = (int)((answered - measureFrom) / Stopwatch.Frequency);
                    Interlocked.Increment(ref perSecond[Math.Min(second, perSecond.Length - 1)]);
                }

                return (latencies, lastAnswer);
            },
            cancellationToken)).ToArray();
        var results = await Task.WhenAll(workers);
        cancellationToken.ThrowIfCancellationRequested();
        if (target.Exited is { } exited)
        {
            throw new InvalidOperationException($"The {target.Name} exited during the run (code {exited.Process.ExitCode}):\n{ChildProcesses.Tail(exited.LogFile)}");
        }

        var cpu = Cpu.Now(target.Nodes) - await cpuAtStart;
        var all = results.SelectMany(r => r.latencies).ToArray();
        var elapsed = results.Max(r => r.lastAnswer) - measureFrom;
        return Measurement.From(target.Name, clients, all, elapsed, statuses, perSecond[..^1], [.. samples], cpu);
    }

    /// <summary>"201" and the like for an answer; "timeout" or the exception's name when there was none.</summary>
    private static async Task<string> SendAsync(HttpClient client, HttpRequestMessage request, ConcurrentQueue<string> samples, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is < 200 or > 299 && samples.Count < 5)
            {
                samples.Enqueue($"{status}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timeout";
        }
        catch (HttpRequestException failure)
        {
            if (samples.Count < 5)
            {
                samples.Enqueue(failure.Message);
            }

            return failure.HttpRequestError.ToString();
        }
    }

    /// <summary>
    /// Processor time used so far by the server (all its nodes), by this client, by PostgreSQL's processes and by the
    /// whole machine (Linux /proc; zero elsewhere), and when it was read. What the machine used beyond those is someone
    /// else's work: noise.
    /// </summary>
    public readonly record struct Cpu(TimeSpan Server, TimeSpan Client, TimeSpan Database, TimeSpan Machine, TimeSpan At)
    {
        public double ServerPercent => Percent(Server);

        public double ClientPercent => Percent(Client);

        public double DatabasePercent => Percent(Database);

        public double OthersPercent => Machine > TimeSpan.Zero ? Math.Max(0, Percent(Machine - Server - Client - Database)) : double.NaN;

        public static Cpu Now(IEnumerable<Node> server)
        {
            var used = TimeSpan.Zero;
            foreach (var node in server)
            {
                node.Process.Refresh();
                used += node.Process.HasExited ? TimeSpan.Zero : node.Process.TotalProcessorTime;
            }

            using var self = Process.GetCurrentProcess();
            return new Cpu(used, self.TotalProcessorTime, PostgresBusy(), MachineBusy(), TimeSpan.FromTicks(DateTime.UtcNow.Ticks));
        }

        public static Cpu operator -(Cpu later, Cpu earlier) =>
            new(later.Server - earlier.Server, later.Client - earlier.Client, later.Database - earlier.Database, later.Machine - earlier.Machine, later.At - earlier.At);

        private double Percent(TimeSpan used) => At > TimeSpan.Zero ? 100 * used / At : 0;

        /// <summary>
        /// User and system time of every process named postgres (fields 14 and 15 of /proc/PID/stat, in 1/100 s): a
        /// PostgreSQL server on this machine works for the service, so its time is not noise. A backend that exits
        /// takes its time with it, which pooled connections make rare.
        /// </summary>
        private static TimeSpan PostgresBusy()
        {
            long ticks = 0;
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    var close = stat.LastIndexOf(')');
                    if (close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var fields = stat[(close + 2)..].Split(' ');
                    ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (Exception gone) when (gone is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
                {
                }
            }

            return TimeSpan.FromMilliseconds(ticks * 10);
        }

        /// <summary>Every core's user, nice, system, irq and softirq time since boot, from the first line of /proc/stat (in 1/100 s).</summary>
        private static TimeSpan MachineBusy()
        {
            try
            {
                var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var busy = new[] { 1, 2, 3, 6, 7 }.Sum(i => long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture));
                return TimeSpan.FromMilliseconds(busy * 10);
            }
            catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                return TimeSpan.Zero;
            }
        }
    }
}
