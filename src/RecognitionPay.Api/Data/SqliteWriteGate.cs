namespace RecognitionPay.Api.Data;

/// <summary>
/// SQLite has one writer. Left to itself, a writer that finds the file locked sleeps a fixed 150 ms before trying
/// again, blocking a thread; queueing this process's writers here instead lets each start the moment the last one
/// commits. Only on the embedded default, which is one process by design; the database still enforces every rule.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
