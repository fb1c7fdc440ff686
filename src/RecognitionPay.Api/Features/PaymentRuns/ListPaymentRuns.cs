using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>Payment runs, newest first, without their items.</summary>
public static class ListPaymentRuns
{
    public sealed record Query(PageRequest Page) : IRequest<Paged<PaymentRunView>>;

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<PaymentRunView>>
    {
        public Task<Paged<PaymentRunView>> Handle(Query query, CancellationToken cancellationToken) =>
            query.Page.ReadAsync(
                db.PaymentRuns.AsNoTracking().AsSplitQuery().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),
                (PaymentRun run) => PaymentRunView.From(run, withItems: false),
                cancellationToken);
    }

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapGet("/", async (int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(PageRequest.From(page, pageSize)), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .ProducesValidationProblem()
            .WithName("ListPaymentRuns")
            .WithSummary("List payment runs, newest first");
}
