using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Pipeline;

/// <summary>
/// For <see cref="IBulkCommand{TResponse}"/> handlers: before each chunk, what is tracked is saved (inside the
/// command's one transaction) and forgotten, so memory does not grow with the work.
/// </summary>
public static class ChunkedWrites
{
    /// <summary>Writes <paramref name="things"/> a chunk at a time, one by one.</summary>
    public static Task InChunksAsync<T>(this AppDbContext db, IEnumerable<T> things, int size, Action<T> write, CancellationToken cancellationToken) =>
        db.InChunksAsync(things, size, chunk =>
        {
            foreach (var thing in chunk)
            {
                write(thing);
            }

            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Writes <paramref name="things"/> a chunk at a time, the whole chunk at once (for example, loading what it changes).</summary>
    public static async Task InChunksAsync<T>(this AppDbContext db, IEnumerable<T> things, int size, Func<T[], Task> write, CancellationToken cancellationToken)
    {
        foreach (var chunk in things.Chunk(size))
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await write(chunk);
        }
    }
}
