using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Calendars;
using RecognitionPay.Api.Features.Ledger;
using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Ledger;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// Gathers every approved amount not already in a live run into a new run, one item per person and payment method,
/// and moves it from each person's payable to in-transit. A run with nothing to pay is recorded as Empty. The
/// database keeps each claim in at most one live run, so a repeated or concurrent run never pays anything twice.
/// </summary>
public static class CreatePaymentRun
{
    /// <param name="PaymentDate">A working day, not in the past; by default the run date plus the policy's lead days.</param>
    /// <param name="Scheduled">True for the run the schedule makes: at most one such run a day.</param>
    public sealed record Command(LocalDate? PaymentDate, bool Scheduled = false) : IBulkCommand<PaymentRunView?>;

    public sealed record Body(LocalDate? PaymentDate);

    internal sealed class Handler(AppDbContext db, PolicyBook policies, WorkingDays workingDays, LedgerJournal ledger, CurrentUser user, IClock clock, AuditTrail audit)
        : IRequestHandler<Command, PaymentRunView?>
    {
        public async Task<PaymentRunView?> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = LondonCalendar.Today(clock);
            if (command.Scheduled && await db.PaymentRuns.AnyAsync(r => r.ScheduledFor == today, cancellationToken))
            {
                return null;
            }

            var paymentDate = await PaymentDateAsync(command.PaymentDate, today, cancellationToken);
            var payable = await db.Claims.AsNoTracking()
                .Where(c => c.Status == ClaimStatus.Approved && !db.PaymentItemClaims.Any(p => p.ClaimId == c.Id && p.Live))
                .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, c.PersonId, p.PaymentMethod, c.Total })
                .ToListAsync(cancellationToken);
            var planned = PaymentRunPlanner.Plan(payable.Select(c => new PayableClaim(c.Id, c.PersonId, c.PaymentMethod, c.Total)));
            var run = PaymentRun.Create(Guid.CreateVersion7(), today, paymentDate, command.Scheduled ? today : null, planned, clock.GetCurrentInstant(), user.Actor);
            var view = PaymentRunView.From(run, withItems: false);
            db.Entry(run).State = EntityState.Added;
            audit.Record("PaymentRunCreated", "PaymentRun", run.Id.ToString(), after: view);
            foreach (var chunk in run.Items.Chunk(ItemsPerSave))
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                foreach (var item in chunk)
                {
                    db.Entry(item).State = EntityState.Added;
                    foreach (var claim in item.Claims)
                    {
                        db.Entry(claim).State = EntityState.Added;
                    }

                    ledger.Post(Postings.PaymentItemCreated(item), personId: item.PersonId, paymentRunId: run.Id);
                }
            }

            return PaymentRunView.From(run);
        }

        /// <summary>Items saved at a time: a run of thousands is written in chunks, so memory does not grow with it.</summary>
        private const int ItemsPerSave = 500;

        private async Task<LocalDate> PaymentDateAsync(LocalDate? asked, LocalDate today, CancellationToken cancellationToken)
        {
            var calendar = await workingDays.CalendarAsync(cancellationToken);
            if (asked is { } date)
            {
                return date < today ? throw FieldRefusal.For("paymentDate", "A payment date cannot be in the past.")
                    : !calendar.IsWorkingDay(date) ? throw FieldRefusal.For("paymentDate", $"{date:dddd d MMMM yyyy} is not a working day: banks do not pay on weekends or bank holidays.")
                    : date;
            }

            var policy = await policies.InForceOnAsync(today, cancellationToken)
                ?? throw new ConflictException("NoPolicyInForce", "No policy is in force today, so the payment date cannot be worked out.");
            return calendar.OnOrAfter(today.PlusDays(policy.Payments.PaymentLeadDays));
        }
    }

    public static void Map(RouteGroupBuilder batches) =>
        batches.MapPost("/", async (Body? body, PaymentRunCreation runs, CancellationToken cancellationToken) =>
            {
                var run = await runs.CreateAsync(new Command(body?.PaymentDate), cancellationToken);
                return TypedResults.Created($"/api/v1/batches/{run!.Id}", run);
            })
            .RequireRoles(Roles.Finance)
            .Produces<PaymentRunView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreatePaymentRun")
            .WithSummary("Make a payment run now of everything approved and not yet in a run");
}
