using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace RecognitionPay.Api.Hosting;

/// <summary>
/// Hangfire logs through the host's logging, but keeps one log provider for the whole process (a static), set by
/// the last host to start. Where several hosts share a process (the tests start many, one after another and side by
/// side), a host that stopped leaves its disposed logger factory there, and another host's Hangfire client would
/// fail to start on it; a logger asked of a stopped host's logging writes nothing instead.
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _host = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return new Silent();
        }
    }

    private sealed class Silent : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
