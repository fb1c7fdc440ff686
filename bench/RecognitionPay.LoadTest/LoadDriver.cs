using System.Collections.Concurrent;
using System.Diagnostics;

namespace RecognitionPay.LoadTest;

/// <summary>
/// Closed-loop load: N workers, each sending its next request as soon as the last one answered, over one HttpClient
/// with a connection per worker. A warm-up runs first and is not counted; then every request started in the measured
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
        Target target, HttpClient client, Func<long, HttpRequestMessage> next, int clients, TimeSpan warmup, TimeSpan duration, int maxRequests, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cpuAtStart = Task.Run(
            async () =>
            {
                await Task.Delay(warmup, cancellationToken);
                return Cpu.Now(target.Process);
            },
            cancellationToken);
        var measureFrom = warmup.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        var stopAt = measureFrom + (duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
        var sent = -1L;
        var perSecond = new int[(int)Math.Ceiling(duration.TotalSeconds) + 1];
        var statuses = new ConcurrentDictionary<string, int>();
        var samples = new ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(
            async () =>
            {
                var latencies = new List<long>(capacity: 4096);
                var lastAnswer = 0L;
                while (!cancellationToken.IsCancellationRequested && clock.ElapsedTicks < stopAt && !target.Process.HasExited)
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
        if (target.Process.HasExited)
        {
            throw new InvalidOperationException($"The {target.Name} exited during the run (code {target.Process.ExitCode}):\n{ChildProcesses.Tail(target.LogFile)}");
        }

        var cpu = Cpu.Now(target.Process) - await cpuAtStart;
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
    /// Processor time used so far by the server, by this client and by the whole machine (Linux /proc/stat; zero
    /// elsewhere), and when it was read. What the machine used beyond the two is someone else's work: noise.
    /// </summary>
    public readonly record struct Cpu(TimeSpan Server, TimeSpan Client, TimeSpan Machine, TimeSpan At)
    {
        public double ServerPercent => Percent(Server);

        public double ClientPercent => Percent(Client);

        public double OthersPercent => Machine > TimeSpan.Zero ? Math.Max(0, Percent(Machine - Server - Client)) : double.NaN;

        public static Cpu Now(Process server)
        {
            server.Refresh();
            using var self = Process.GetCurrentProcess();
            return new Cpu(server.HasExited ? TimeSpan.Zero : server.TotalProcessorTime, self.TotalProcessorTime, MachineBusy(), TimeSpan.FromTicks(DateTime.UtcNow.Ticks));
        }

        public static Cpu operator -(Cpu later, Cpu earlier) =>
            new(later.Server - earlier.Server, later.Client - earlier.Client, later.Machine - earlier.Machine, later.At - earlier.At);

        private double Percent(TimeSpan used) => At > TimeSpan.Zero ? 100 * used / At : 0;

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
