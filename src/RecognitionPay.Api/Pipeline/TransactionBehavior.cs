using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Pipeline;

/// <summary>
/// Saves each command's changes once, after its handler, in one database transaction: a command that throws changes
/// nothing, and ledger postings written beside a state change commit with it or not at all. Handlers read before the
/// transaction opens, so the single SQLite writer (or a PostgreSQL row lock) is held only while writing; what they
/// read is protected by each row's version (optimistic concurrency) and by unique keys, so a write based on a stale
/// read fails as a 409 instead of overwriting. On SQLite the save joins the next <see cref="GroupCommit"/> (its own
/// savepoint in a transaction shared with the commands writing at the same time); its handler's reads share one
/// connection, opened before it and closed before the save (EF Core would open a pooled one for each query, each open
/// setting it up again). A bulk command's transaction opens first and spans its chunked saves.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(AppDbContext db, SqliteWriteGate? gate = null, GroupCommit? group = null)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var bulk = request is IBulkCommand<TResponse>;
        if (!bulk && group is not null)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            TResponse handled;
            try
            {
                handled = await next();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            await group.SaveAsync(db, cancellationToken);
            return handled;
        }

        var response = bulk ? default : await next();

        await using var queued = gate is null ? null : await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (bulk)
        {
            response = await next();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response!;
    }
}
