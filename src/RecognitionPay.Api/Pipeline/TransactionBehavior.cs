using MediatR;
using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Pipeline;

/// <summary>
/// Runs each command in one transaction and saves once, after its handler: a command that throws changes nothing,
/// and ledger postings written beside a state change commit with it or not at all.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(AppDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
