using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Reports;

/// <summary>
/// For finance: the people whose involvement pay in a tax year is more than the trading allowance (of the policy in
/// force at the year's end, or today while it runs), counting pay in runs marked paid, by payment date. Waived pay
/// was never paid and does not count; a payment that failed does not count.
/// </summary>
public static class GetTradingAllowance
{
    public sealed record Query(int? TaxYear) : IRequest<IReadOnlyList<TradingAllowanceLine>>;

    public sealed record TradingAllowanceLine(Guid PersonId, string DisplayName, long TotalPence, long AllowancePence);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.TaxYear).InclusiveBetween(2000, 2100).WithMessage("A tax year is named by the year it starts in, for example 2025.");
    }

    internal sealed class Handler(AppDbContext db, PolicyBook policies, IClock clock) : IRequestHandler<Query, IReadOnlyList<TradingAllowanceLine>>
    {
        public async Task<IReadOnlyList<TradingAllowanceLine>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = LondonCalendar.Today(clock);
            var year = query.TaxYear is { } asked ? new TaxYear(asked) : TaxYear.Containing(today);
            var policy = await policies.InForceOnAsync(year.LastDay < today ? year.LastDay : today, cancellationToken)
                ?? throw new ConflictRefusal("NoPolicyInForce", "No policy was in force for that tax year, so it has no trading allowance.");
            var allowance = policy.Tax.TradingAllowance;

            // Streamed: memory grows with the people paid, not with their payments.
            var paid = db.PaymentItems.AsNoTracking().IgnoreAutoIncludes()
                .Where(i => i.Status == PaymentItemStatus.Paid)
                .Join(db.PaymentRuns.Where(r => r.PaymentDate >= year.FirstDay && r.PaymentDate <= year.LastDay), i => i.RunId, r => r.Id, (i, r) => new { i.PersonId, i.Pay })
                .AsAsyncEnumerable();
            var totals = new Dictionary<PersonId, Money>();
            await foreach (var item in paid.WithCancellation(cancellationToken))
            {
                totals[item.PersonId] = totals.GetValueOrDefault(item.PersonId) + item.Pay;
            }

            var over = totals.Where(t => t.Value > allowance).ToList();
            var ids = over.Select(o => o.Key).ToList();
            var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
            return [.. over.OrderByDescending(o => o.Value).ThenBy(o => o.Key.Value).Select(o => new TradingAllowanceLine(o.Key.Value, names[o.Key], o.Value.Pence, allowance.Pence))];
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/reports/trading-allowance", async (int? taxYear, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(taxYear), cancellationToken)))
            .WithTags("Reports")
            .RequireRoles(Roles.Finance)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("GetTradingAllowanceReport")
            .WithSummary("People whose involvement pay in a tax year crossed the trading allowance");
}
