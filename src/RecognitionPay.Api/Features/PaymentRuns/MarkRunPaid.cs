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
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// Finance confirms the bank paid the run: in-transit moves to the bank, and each claim it paid becomes Paid once
/// nothing of it is left to pay (a claim with deferred pay stays Approved until a later run pays the rest).
/// </summary>
public static class MarkRunPaid
{
    public sealed record Command(PaymentRunId Id) : IBulkCommand<PaymentRunView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty().WithMessage("No payment run has the all-zero id.");
    }

    internal sealed class Handler(AppDbContext db, ClaimBalances balances, LedgerJournal ledger, CurrentUser user, IClock clock, AuditTrail audit) : IRequestHandler<Command, PaymentRunView>
    {
        public async Task<PaymentRunView> Handle(Command command, CancellationToken cancellationToken)
        {
            var run = await db.PaymentRuns.AsSplitQuery().SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
                ?? throw new NotFoundRefusal("payment run", command.Id.ToString());
            var claimIds = db.PaymentItemClaims.Where(p => p.Live && db.PaymentItems.Any(i => i.Id == p.ItemId && i.RunId == run.Id)).Select(p => p.ClaimId);
            var approvers = await db.Claims.Where(c => claimIds.Contains(c.Id) && c.DecidedBy != null).Select(c => c.DecidedBy!.Value).Distinct().ToListAsync(cancellationToken);
            run.MarkPaid(clock.GetCurrentInstant(), user.Actor, approvers);
            var paid = run.Items.Where(i => i.Status == PaymentItemStatus.Paid).ToList();
            foreach (var item in paid)
            {
                ledger.Post(Postings.PaymentItemPaid(item), personId: item.PersonId, paymentRunId: run.Id);
            }

            var view = PaymentRunView.From(run);
            audit.Record("PaymentRunPaid", "PaymentRun", run.Id.ToString(), new { status = nameof(PaymentRunStatus.Ready) }, new { view.Status, view.TotalPence, view.PaidAt });
            await db.InChunksAsync(paid.SelectMany(i => i.Claims).Select(c => c.ClaimId).Distinct(), ClaimsPerSave, async claimIds =>
            {
                var settled = (await balances.OfAsync(db.Claims.Where(c => claimIds.Contains(c.Id)), cancellationToken))
                    .Where(b => b.Settled)
                    .Select(b => b.ClaimId)
                    .ToList();
                await PaidClaims.MarkAsync(db, settled, cancellationToken);
            }, cancellationToken);

            return view;
        }
    }

    /// <summary>Claims marked paid at a time, so a run of thousands does not hold every claim at once.</summary>
    private const int ClaimsPerSave = 2_000;

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapPost("/{id:guid}/paid", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Command(new PaymentRunId(id)), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("MarkRunPaid")
            .WithSummary("Mark a payment run paid");
}
