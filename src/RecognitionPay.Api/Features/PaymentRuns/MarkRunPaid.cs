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
            var run = await db.PaymentRuns.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
                ?? throw new NotFoundRefusal("payment run", command.Id.ToString());
            var claimIds = db.PaymentItemClaims.Where(p => p.Live && db.PaymentItems.Any(i => i.Id == p.ItemId && i.RunId == run.Id)).Select(p => p.ClaimId);
            var approvers = await db.Claims.Where(c => claimIds.Contains(c.Id) && c.DecidedBy != null).Select(c => c.DecidedBy!.Value).Distinct().ToListAsync(cancellationToken);
            var version = run.Version;
            run.MarkPaid(clock.GetCurrentInstant(), user.Actor, approvers);
            await SaveAsync(run, version, cancellationToken);
            var view = PaymentRunView.From(run);
            audit.Record("PaymentRunPaid", "PaymentRun", run.Id.ToString(), new { status = nameof(PaymentRunStatus.Ready) }, new { view.Status, view.TotalPence, view.PaidAt });
            var settled = (await balances.OfAsync(db.Claims.Where(c => claimIds.Contains(c.Id)), run, cancellationToken))
                .Where(b => b.Settled)
                .Select(b => b.ClaimId)
                .ToList();
            await PaidClaims.MarkAsync(db, settled, cancellationToken);
            return view;
        }

        /// <summary>
        /// What <see cref="PaymentRun.MarkPaid"/> changed, written set-based: the run under its version (a run failed
        /// or paid since it was read refuses), its items that were ready, and each paid item's posting.
        /// </summary>
        private async Task SaveAsync(PaymentRun run, long readVersion, CancellationToken cancellationToken)
        {
            var saved = await db.PaymentRuns.Where(r => r.Id == run.Id && r.Version == readVersion)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, run.Status).SetProperty(r => r.PaidAt, run.PaidAt).SetProperty(r => r.PaidBy, run.PaidBy).SetProperty(r => r.Version, run.Version), cancellationToken);
            if (saved == 0)
            {
                throw new DbUpdateConcurrencyException("The payment run changed after it was read.");
            }

            var paid = run.Items.Where(i => i.Status == PaymentItemStatus.Paid).ToList();
            var marked = await db.PaymentItems.Where(i => i.RunId == run.Id && i.Status == PaymentItemStatus.Ready)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, PaymentItemStatus.Paid), cancellationToken);
            if (marked != paid.Count)
            {
                throw new DbUpdateConcurrencyException("The payment run's items changed after they were read.");
            }

            await ledger.PostAllAsync(paid.SelectMany(item => ledger.Rows(Postings.PaymentItemPaid(item), personId: item.PersonId, paymentRunId: run.Id)), cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapPost("/{id:guid}/paid", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Command(new PaymentRunId(id)), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("MarkRunPaid")
            .WithSummary("Mark a payment run paid");
}
