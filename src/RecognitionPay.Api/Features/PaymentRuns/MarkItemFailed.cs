using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// A payment taken out before sending, or returned by the bank after: the person is owed it again (back to their
/// payable), its pay no longer counts against their benefits limits, its claims are free for the next run, and the
/// reason is kept for their statement.
/// </summary>
public static class MarkItemFailed
{
    public sealed record Command(PaymentRunId RunId, PaymentItemId ItemId, DecisionReason Body) : ICommand<PaymentRunView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).ValidatedAsSent(new DecisionReasonValidator());
    }

    internal sealed class Handler(AppDbContext db, LedgerJournal ledger, IClock clock, AuditTrail audit) : IRequestHandler<Command, PaymentRunView>
    {
        public async Task<PaymentRunView> Handle(Command command, CancellationToken cancellationToken)
        {
            var run = await db.PaymentRuns.AsSplitQuery().SingleOrDefaultAsync(r => r.Id == command.RunId, cancellationToken)
                ?? throw new NotFoundRefusal("payment run", command.RunId.ToString());
            if (run.Items.All(i => i.Id != command.ItemId))
            {
                throw new NotFoundRefusal("payment item", command.ItemId.ToString());
            }

            var item = run.FailItem(command.ItemId, command.Body.Reason!, clock.GetCurrentInstant());
            ledger.Post(Postings.PaymentItemFailed(item), personId: item.PersonId, paymentRunId: run.Id);
            var earnings = await db.Earnings
                .Include(e => e.Days.Where(d => d.Date == run.PaymentDate))
                .SingleAsync(e => e.PersonId == item.PersonId, cancellationToken);
            earnings.Uncount(run.PaymentDate, item.Pay);
            if (item.ReturnedByBank)
            {
                var claimIds = item.Claims.Select(c => c.ClaimId).ToList();
                foreach (var claim in await db.Claims.Where(c => claimIds.Contains(c.Id)).ToListAsync(cancellationToken))
                {
                    claim.PaymentReturned();
                }
            }

            var view = PaymentRunView.From(run);
            audit.Record("PaymentItemFailed", "PaymentRun", run.Id.ToString(), after: new { itemId = item.Id, item.PersonId, amountPence = item.Amount.Pence, item.FailureReason, item.ReturnedByBank });
            return view;
        }
    }

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapPost("/{id:guid}/items/{itemId:guid}/failed", async (Guid id, Guid itemId, DecisionReason body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Command(new PaymentRunId(id), new PaymentItemId(itemId), body), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("MarkItemFailed")
            .WithSummary("Mark one payment failed, saying why; it is paid again by the next run");
}
