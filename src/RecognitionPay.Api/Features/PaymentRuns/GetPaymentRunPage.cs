using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// One payment run and one page of its payments, for finance's page of the run: the run's count and total are counted
/// by the database from all its payments, and only the page's payments are read, with the claims they pay, so a run of
/// 10,000 payments opens as quickly as a run of ten. Payments are in the order the API lists them.
/// </summary>
public static class GetPaymentRunPage
{
    /// <param name="Page">The page asked for: one past the last shows the last.</param>
    public sealed record Query(PaymentRunId Id, int Page) : IRequest<Result>;

    public sealed record Result(PaymentRunView Run, Paged<PaymentItemView> Items);

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var run = await db.PaymentRuns.AsNoTracking().IgnoreAutoIncludes().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
                ?? throw new NotFoundRefusal("payment run", query.Id.ToString());
            var (count, total) = (await db.ReadAsync(
                """SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(CASE WHEN i."Status" <> @failed THEN i."Amount" ELSE 0 END), 0) AS BIGINT) FROM payment_items i WHERE i."RunId" = @run""",
                command =>
                {
                    db.Bind<PaymentItem>(command, "@run", nameof(PaymentItem.RunId), query.Id);
                    db.Bind<PaymentItem>(command, "@failed", nameof(PaymentItem.Status), PaymentItemStatus.Failed);
                },
                row => (checked((int)row.GetInt64(0)), Money.FromPence(row.GetInt64(1))),
                cancellationToken)).Single();
            var size = PageRequest.DefaultSize;
            var page = PageRequest.Within(query.Page, count);
            var shown = await db.PaymentItems.AsNoTracking().AsSplitQuery()
                .Where(i => i.RunId == query.Id)
                .OrderBy(i => i.Id)
                .Skip((page - 1) * size)
                .Take(size)
                .ToListAsync(cancellationToken);
            return new(PaymentRunView.Counted(run, count, total), new([.. shown.Select(PaymentItemView.From)], page, size, count));
        }
    }
}
