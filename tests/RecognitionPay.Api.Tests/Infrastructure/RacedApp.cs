using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>
/// The service with <see cref="Race"/> seeing every statement: a stand-in for someone else acting at the worst moment
/// (<see cref="RacedStatement"/>), or a count of what a request costs (<see cref="StatementCount"/>).
/// </summary>
public sealed class RacedApp<TRace> : RecognitionPayApp
    where TRace : DbCommandInterceptor, new()
{
    public TRace Race { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Race));
            services.ConfigureDbContext<PostgreSqlAppDbContext>(options => options.AddInterceptors(Race));
        });
    }
}

/// <summary>
/// Counts the statements it watches for; the first after <see cref="Arm"/> finds someone else's change made just
/// before it, in its own transaction (so a command tried again after it does not see the change twice).
/// </summary>
public abstract class RacedStatement : DbCommandInterceptor
{
    private int _armed;

    private int _seen;

    /// <summary>How many watched statements ran since <see cref="Arm"/>.</summary>
    public int Seen => _seen;

    /// <summary>Someone else's change, as SQL both providers run.</summary>
    protected abstract string StandIn { get; }

    public void Arm()
    {
        _seen = 0;
        _armed = 1;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await RaceAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RaceAsync(command, cancellationToken);
        return result;
    }

    protected abstract bool Watches(string sql);

    private async Task RaceAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!Watches(command.CommandText))
        {
            return;
        }

        Interlocked.Increment(ref _seen);
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            await using var standIn = command.Connection!.CreateCommand();
            standIn.Transaction = command.Transaction;
            standIn.CommandText = StandIn;
            await standIn.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>How many statements ran since <see cref="Restart"/>.</summary>
public sealed class StatementCount : DbCommandInterceptor
{
    private int _count;

    public int Count => _count;

    public void Restart() => _count = 0;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
