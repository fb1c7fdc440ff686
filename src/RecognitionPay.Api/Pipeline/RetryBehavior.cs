using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Pipeline;

/// <summary>
/// Tries a <see cref="IRetriedCommand"/> again when the database refused its save because another command wrote the
/// same rows first (a unique key or a concurrency check): the attempt's transaction rolled back, so it forgets what
/// it tracked and runs the handler again from what is stored now. Sits outside the transaction, so each attempt has
/// its own.
/// </summary>
internal sealed class RetryBehavior<TRequest, TResponse>(AppDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    private const int Attempts = 5;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IRetriedCommand)
        {
            return await next();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
