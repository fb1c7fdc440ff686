using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>One payment run with its items.</summary>
public static class GetPaymentRun
{
    public sealed record Query(PaymentRunId Id) : IRequest<PaymentRunView>;

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, PaymentRunView>
    {
        public async Task<PaymentRunView> Handle(Query query, CancellationToken cancellationToken) =>
            PaymentRunView.From(await db.PaymentRuns.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
                ?? throw new NotFoundRefusal("payment run", query.Id.ToString()));
    }

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(new PaymentRunId(id)), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPaymentRun")
            .WithSummary("Get a payment run with its items");
}
