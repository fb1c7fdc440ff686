using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Statements;

/// <summary>
/// A person's statement for a tax year (the current one unless asked), as JSON, CSV, or a printable HTML page for a
/// benefits adviser. The person themself, staff and finance can read it; anyone else's is a 404.
/// </summary>
public static class GetStatement
{
    public sealed record Query(PersonId PersonId, int? TaxYear) : IRequest<StatementView>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.TaxYear).InclusiveBetween(2000, 2100).WithMessage("A tax year is named by the year it starts in, for example 2025.");
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, PolicyBook policies, ClaimBalances balances, IClock clock) : IRequestHandler<Query, StatementView>
    {
        public async Task<StatementView> Handle(Query query, CancellationToken cancellationToken)
        {
            await access.RequireVisibleAsync(query.PersonId, "person", query.PersonId.ToString(), cancellationToken);
            var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.PersonId, cancellationToken)
                ?? throw new NotFoundRefusal("person", query.PersonId.ToString());
            var year = query.TaxYear is { } asked ? new TaxYear(asked) : TaxYear.Containing(LondonCalendar.Today(clock));

            // Benefit periods can reach a month either side of the tax year, so their totals see every payment in them.
            var (from, to) = (year.FirstDay.PlusDays(-31), year.LastDay.PlusDays(31));
            var items = await db.PaymentItems.AsNoTracking()
                .Where(i => i.PersonId == person.Id)
                .Join(db.PaymentRuns.Where(r => r.PaymentDate >= from && r.PaymentDate <= to), i => i.RunId, r => r.Id, (i, r) => new { Item = i, r.PaymentDate })
                .ToListAsync(cancellationToken);
            var held = await HeldBackView.ListAsync(
                db.PaymentHoldbacks.Where(h => h.PersonId == person.Id),
                db.PaymentRuns.Where(r => r.PaymentDate >= year.FirstDay && r.PaymentDate <= year.LastDay),
                db.Claims,
                balances,
                cancellationToken);
            var deferredClaims = db.Claims.Where(c => c.PersonId == person.Id && c.Status == ClaimStatus.Approved
                && db.PaymentHoldbacks.Any(h => h.ClaimId == c.Id && h.Outcome == HoldbackOutcome.Deferred));
            var deferred = (await balances.OfAsync(deferredClaims, cancellationToken)).Aggregate(Money.Zero, (sum, b) => sum + b.OwedPay);

            var live = items.Where(i => i.Item.Status != PaymentItemStatus.Failed).ToList();
            var paid = live.Where(i => i.Item.Status == PaymentItemStatus.Paid).ToList();
            var payments = live
                .Where(i => year.Contains(i.PaymentDate))
                .OrderBy(i => i.PaymentDate).ThenBy(i => i.Item.Id)
                .Select(i => new StatementPayment(
                    i.PaymentDate,
                    i.Item.Pay.Pence,
                    (i.Item.Amount - i.Item.Pay).Pence,
                    [.. i.Item.Claims.Select(c => c.ClaimId.Value)],
                    PaymentChoiceNames.Name(i.Item.Method),
                    i.Item.Status == PaymentItemStatus.Paid ? StatementPayment.Paid : StatementPayment.Due,
                    i.Item.RunId.Value))
                .ToList();
            var failed = items
                .Where(i => i.Item.Status == PaymentItemStatus.Failed && year.Contains(i.PaymentDate))
                .OrderBy(i => i.PaymentDate)
                .Select(i => new StatementFailedPayment(i.PaymentDate, i.Item.Amount.Pence, i.Item.Pay.Pence, i.Item.FailureReason ?? "", i.Item.FailedAt?.InZone(LondonCalendar.Zone).Date, i.Item.ReturnedByBank, [.. i.Item.Claims.Select(c => c.ClaimId.Value)]))
                .ToList();
            var periods = await PeriodsAsync(person.Id, person.Benefits, [.. paid.Select(i => (i.PaymentDate, i.Item.Pay))], year, cancellationToken);
            return new StatementView(
                person.Id.Value,
                person.DisplayName,
                year.StartYear,
                year.FirstDay,
                year.LastDay,
                payments,
                failed,
                held,
                periods,
                deferred.Pence,
                held.Where(h => h.Outcome == "waived").Sum(h => h.AmountPence),
                payments.Where(p => p.Status == StatementPayment.Paid).Sum(p => p.InvolvementPence),
                payments.Where(p => p.Status == StatementPayment.Paid).Sum(p => p.ExpensesPence),
                clock.GetCurrentInstant());
        }

        /// <summary>For each benefit the person declares, the periods with pay in the tax year, the pay counted in each and its limit.</summary>
        private async Task<IReadOnlyList<StatementPeriod>> PeriodsAsync(PersonId personId, IReadOnlyList<BenefitDeclaration> benefits, IReadOnlyList<(LocalDate Date, Money Pay)> paid, TaxYear year, CancellationToken cancellationToken)
        {
            var earnings = Earnings.Of(personId, paid.GroupBy(p => p.Date, p => p.Pay).Select(day => new EarningsDay(personId, day.Key, day.Aggregate(Money.Zero, (sum, pay) => sum + pay))));
            var limits = new List<BenefitLimit>();
            foreach (var date in paid.Select(p => p.Date).Where(year.Contains).Distinct())
            {
                if (await policies.InForceOnAsync(date, cancellationToken) is { } policy)
                {
                    limits.AddRange(Headroom.For(policy, benefits, date, earnings).Limits.Where(l => l.Period is not null));
                }
            }

            return [.. limits
                .DistinctBy(l => (l.Rule.Kind, l.Period!.Start))
                .OrderBy(l => l.Rule.Kind, StringComparer.Ordinal).ThenBy(l => l.Period!.Start)
                .Select(l => new StatementPeriod(l.Rule.Kind, l.Rule.Name, l.Period!.Start, l.Period.End, l.Limit?.Pence, l.Counted.Pence))];
        }
    }

    /// <summary>A person's statement, under the people routes' path and tag (api.md).</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/people/{id:guid}/statement", async (Guid id, int? taxYear, string? format, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var statement = await mediator.Send(new Query(new PersonId(id), taxYear), cancellationToken);
                return StatementFormats.Choose(format, request) switch
                {
                    StatementFormat.Csv => Results.File(StatementCsv.Write(statement), "text/csv; charset=utf-8", $"statement-{statement.TaxYear}.csv"),
                    StatementFormat.Html => Results.Content(StatementHtml.Render(statement), "text/html; charset=utf-8"),
                    _ => Results.Ok(statement),
                };
            })
            .WithTags("People")
            .RequireRoles(Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin)
            .Produces<StatementView>(StatusCodes.Status200OK, "application/json", "text/csv", "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetStatement")
            .WithSummary("A person's statement for a tax year (JSON, CSV, or a printable page for DWP or HMRC)");
}
