using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.Reports;

/// <summary>
/// For finance: the people owed money that no payment run can pay, because they are paid by no method (payment
/// method <c>none</c>), with what their approved claims still owe. Staff thank them another way.
/// </summary>
public static class GetUnpaidPayees
{
    public sealed record Query : IRequest<IReadOnlyList<UnpaidPayee>>;

    public sealed record UnpaidPayee(Guid PersonId, string DisplayName, string PaymentMethod, long OwedPence);

    internal sealed class Handler(AppDbContext db, ClaimBalances balances) : IRequestHandler<Query, IReadOnlyList<UnpaidPayee>>
    {
        public async Task<IReadOnlyList<UnpaidPayee>> Handle(Query query, CancellationToken cancellationToken)
        {
            var unpayable = db.People.Where(p => p.PaymentMethod == PaymentMethod.None).Select(p => p.Id);
            var owed = (await balances.OfAsync(db.Claims.Where(c => c.Status == ClaimStatus.Approved && unpayable.Contains(c.PersonId)), cancellationToken))
                .GroupBy(b => b.PersonId)
                .Select(g => (PersonId: g.Key, Owed: g.Aggregate(Money.Zero, (sum, b) => sum + b.OwedPay + b.OwedExpenses)))
                .Where(o => o.Owed > Money.Zero)
                .ToList();
            var ids = owed.Select(o => o.PersonId).ToList();
            var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
            return [.. owed
                .OrderByDescending(o => o.Owed).ThenBy(o => o.PersonId)
                .Select(o => new UnpaidPayee(o.PersonId.Value, names[o.PersonId], PaymentChoiceNames.Name(PaymentMethod.None), o.Owed.Pence))];
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/reports/unpaid-payees", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(), cancellationToken)))
            .WithTags("Reports")
            .RequireRoles(Roles.Finance)
            .WithName("GetUnpaidPayeesReport")
            .WithSummary("People owed money that no payment run can pay, because they are paid by no method");
}
