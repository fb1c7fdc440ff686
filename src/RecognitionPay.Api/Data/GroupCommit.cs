using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace RecognitionPay.Api.Data;

/// <summary>
/// On the embedded default, commands that write at the same time share one SQLite transaction, so one fsync makes
/// them all durable (synchronous stays FULL). A command queues its unit of work; one writer takes every unit waiting,
/// holds <see cref="SqliteWriteGate"/> (a bulk command keeps its own transaction under the same gate), points each
/// unit's DbContext at the shared connection and transaction and saves it: EF Core wraps each save in its own
/// savepoint, so one that fails rolls back alone and its command answers its own error. Every command is answered
/// after the commit, so none answers before its rows are durable, and one whose save failed retries against what
/// the others committed.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    public const string MeterName = "RecognitionPay.Storage";

    private readonly Channel<PendingSave> _pending = Channel.CreateUnbounded<PendingSave>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteWriteGate _gate;
    private readonly UpDownCounter<int> _queued;
    private readonly Histogram<int> _savesPerCommit;
    private readonly Task _writer;

    public GroupCommit(SqliteWriteGate gate, IMeterFactory meters)
    {
        _gate = gate;
        var meter = meters.Create(MeterName);
        _queued = meter.CreateUpDownCounter<int>("recognitionpay.storage.queued_saves", description: "Units of work waiting for the shared commit");
        _savesPerCommit = meter.CreateHistogram<int>("recognitionpay.storage.saves_per_commit", description: "Units of work made durable by one commit");
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Saves what <paramref name="db"/> tracks in the next shared commit; returns once that commit is durable.</summary>
    public Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var save = new PendingSave(db, cancellationToken);
        if (!_pending.Writer.TryWrite(save))
        {
            throw new InvalidOperationException("The service is stopping: nothing more can be saved.");
        }

        _queued.Add(1);
        return save.Done.Task;
    }

    private async Task WriteAsync()
    {
        var batch = new List<PendingSave>();
        while (await _pending.Reader.WaitToReadAsync())
        {
            await using (await _gate.EnterAsync(CancellationToken.None))
            {
                while (_pending.Reader.TryRead(out var save))
                {
                    batch.Add(save);
                }

                _queued.Add(-batch.Count);
                var outcomes = await CommitAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Answer(outcomes[i]);
                }
            }

            batch.Clear();
        }
    }

    /// <summary>Each unit's failure, or the commit's for every unit that saved, or null for a unit now durable.</summary>
    private async Task<Exception?[]> CommitAsync(List<PendingSave> batch)
    {
        var outcomes = new Exception?[batch.Count];
        try
        {
            await using var connection = new SqliteConnection(batch[0].Db.Database.GetConnectionString());
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = await SaveInSharedAsync(batch[i], connection, transaction);
            }

            await transaction.CommitAsync();
            _savesPerCommit.Record(batch.Count);
        }
        catch (Exception failure)
        {
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] ??= failure;
            }
        }

        return outcomes;
    }

    private static async Task<Exception?> SaveInSharedAsync(PendingSave save, SqliteConnection connection, System.Data.Common.DbTransaction transaction)
    {
        if (save.Cancellation.IsCancellationRequested)
        {
            return new OperationCanceledException(save.Cancellation);
        }

        var database = save.Db.Database;
        var own = database.GetConnectionString();
        database.SetDbConnection(connection);
        try
        {
            await database.UseTransactionAsync(transaction);
            await save.Db.SaveChangesAsync();
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
        finally
        {
            await database.UseTransactionAsync(null);
            database.SetDbConnection(null, contextOwnsConnection: true);
            database.SetConnectionString(own);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer;
    }

    private sealed record PendingSave(AppDbContext Db, CancellationToken Cancellation)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Answer(Exception? failure)
        {
            if (failure is null)
            {
                Done.SetResult();
            }
            else
            {
                Done.SetException(failure);
            }
        }
    }
}
