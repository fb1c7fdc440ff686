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
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Ledger;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// Gathers every approved amount not already paid, waived or in a live run into a new run: each person's pay up to
/// the room their benefits leave on the payment date (the rest deferred or waived, as they chose) and all their
/// expenses, one item per person and payment method, moved from each person's payable to in-transit. Claims no run has
/// touched, of people paid whole, get their parts by one statement (<see cref="UntouchedClaims"/>) once those people's
/// items, and no other, are written; it must write exactly what was planned: if claims changed since they were read,
/// the run is tried again. A run with
/// nothing to pay is recorded as Empty. Each person's running totals carry a concurrency check, so a repeated or
/// concurrent run never pays anything twice; a run that lost such a race is tried again by the pipeline
/// (<see cref="IRetriedCommand"/>) and gathers only what is left.
/// </summary>
public static class CreatePaymentRun
{
    /// <param name="PaymentDate">A working day, not in the past; by default the run date plus the policy's lead days.</param>
    /// <param name="Scheduled">True for the run the schedule makes: at most one such run a day.</param>
    public sealed record Command(LocalDate? PaymentDate, bool Scheduled = false) : IBulkCommand<PaymentRunView?>, IRetriedCommand;

    public sealed record Body(LocalDate? PaymentDate);

    /// <summary>How far ahead a payment date may be asked for: a run pays what is owed now, not next season.</summary>
    public const int MaxDaysAhead = 31;

    /// <summary>A payment date asked for is at most <see cref="MaxDaysAhead"/> days ahead.</summary>
    internal static IRuleBuilderOptions<T, LocalDate?> WithinReach<T>(this IRuleBuilder<T, LocalDate?> date, IClock clock) =>
        date.Must(d => d is null || d <= LondonCalendar.Today(clock).PlusDays(MaxDaysAhead))
            .WithMessage($"A payment date can be at most {MaxDaysAhead} days ahead.");

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IClock clock) => RuleFor(c => c.PaymentDate).WithinReach(clock);
    }

    internal sealed class Handler(AppDbContext db, PaymentRunPlanning planning, UntouchedClaims untouched, LedgerJournal ledger, CurrentUser user, IClock clock, AuditTrail audit)
        : IRequestHandler<Command, PaymentRunView?>
    {
        public async Task<PaymentRunView?> Handle(Command command, CancellationToken cancellationToken)
        {
            await PaymentRunLock.HoldAsync(db, cancellationToken);
            var today = LondonCalendar.Today(clock);
            if (command.Scheduled && await db.PaymentRuns.AnyAsync(r => r.ScheduledFor == today, cancellationToken))
            {
                return null;
            }

            var (_, paymentDate, owing, payees, plan) = await planning.PlanAsync(command.PaymentDate, cancellationToken);
            var run = PaymentRun.Create(PaymentRunId.New(), today, paymentDate, command.Scheduled ? today : null, plan, clock.GetCurrentInstant(), user.Actor);
            await db.InsertAsync([run], cancellationToken);
            await audit.RecordNowAsync("PaymentRunCreated", "PaymentRun", run.Id.ToString(), before: null, after: PaymentRunView.From(run, withItems: false), cancellationToken);
            var paidWhole = run.Items.ToLookup(i => i.AwaitingInFull is not null);
            await db.InsertAsync(paidWhole[true], cancellationToken);
            if (!run.RecordInFull(await untouched.PayWholeAsync(run.Id, cancellationToken)))
            {
                throw new DbUpdateConcurrencyException("Claims paid whole changed after they were read.");
            }

            await db.InsertAsync(paidWhole[false], cancellationToken);
            await db.InsertAsync(paidWhole[false].SelectMany(i => i.Claims), cancellationToken);
            await db.InsertAsync(run.Holdbacks, cancellationToken);
            await ledger.PostAllAsync(
                run.Items.SelectMany(item => ledger.Rows(Postings.PaymentItemCreated(item), personId: item.PersonId, paymentRunId: run.Id))
                    .Concat(run.Holdbacks.Where(h => h.Outcome == HoldbackOutcome.Waived)
                        .SelectMany(h => ledger.Rows(Postings.PayWaived(h), claimId: h.ClaimId, personId: h.PersonId, paymentRunId: run.Id))),
                cancellationToken);
            await CountAsync(plan.PayByPerson.Select(paid => Counted.On(payees[paid.Key], paymentDate, paid.Value)).ToList(), paymentDate, cancellationToken);
            await SettleWhollyWaivedAsync(owing, run, cancellationToken);
            return PaymentRunView.From(run);
        }

        /// <summary>
        /// Writes everyone's moved-on running totals set-based: new people's totals inserted; the others' versions moved
        /// on by one statement for each version they were read at, which must change every one of them (a run or a
        /// failed payment that moved one since is a concurrency failure, and the run is tried again); then each
        /// payment date's day replaced by its new total. Plain statements (<see cref="PlainSql"/>): a run makes them
        /// once, and EF Core's translating them would cost more than running them.
        /// </summary>
        private async Task CountAsync(IReadOnlyList<Counted> counted, LocalDate paymentDate, CancellationToken cancellationToken)
        {
            await db.InsertAsync(counted.Where(c => c.IsNew).Select(c => c.Earnings), cancellationToken);
            var known = counted.Where(c => !c.IsNew).ToList();
            foreach (var read in known.GroupBy(c => (c.ReadVersion, c.Earnings.Version)))
            {
                var (readVersion, version) = read.Key;
                var people = read.Select(c => c.Earnings.PersonId).ToList();
                var moved = await db.ExecuteAsync(
                    $"""UPDATE earnings SET "Version" = @version WHERE {db.IsOneOf("\"PersonId\"", "@people")} AND "Version" = @read""",
                    command =>
                    {
                        db.BindPeople(command, "@people", people);
                        db.Bind<Earnings>(command, "@version", nameof(Earnings.Version), version);
                        db.Bind<Earnings>(command, "@read", nameof(Earnings.Version), readVersion);
                    },
                    cancellationToken);
                if (moved != people.Count)
                {
                    throw new DbUpdateConcurrencyException("Someone's running totals changed after they were read.");
                }
            }

            if (known.Count > 0)
            {
                await db.ExecuteAsync(
                    $"""DELETE FROM earnings_days WHERE {db.IsOneOf("\"PersonId\"", "@people")} AND "Date" = @date""",
                    command =>
                    {
                        db.BindPeople(command, "@people", known.Select(c => c.Earnings.PersonId));
                        db.Bind<EarningsDay>(command, "@date", nameof(EarningsDay.Date), paymentDate);
                    },
                    cancellationToken);
            }

            await db.InsertAsync(counted.SelectMany(c => c.Earnings.Days.Where(d => d.Date == paymentDate)), cancellationToken);
        }

        /// <summary>A person's running totals moved on by this run's pay (new ones started), with the version they were read at.</summary>
        private sealed record Counted(Earnings Earnings, bool IsNew, long ReadVersion)
        {
            public static Counted On(PayeeRecord payee, LocalDate paymentDate, Money pay)
            {
                var earnings = payee.Earnings ?? Earnings.For(payee.PersonId);
                var counted = new Counted(earnings, payee.Earnings is null, earnings.Version);
                earnings.Count(paymentDate, pay);
                return counted;
            }
        }

        /// <summary>A claim whose pay this run waived and which owes nothing else is settled now: it will never be in a run.</summary>
        private async Task SettleWhollyWaivedAsync(IReadOnlyList<ClaimBalance> owing, PaymentRun run, CancellationToken cancellationToken)
        {
            var waived = run.Holdbacks.Where(h => h.Outcome == HoldbackOutcome.Waived).ToDictionary(h => h.ClaimId, h => h.Amount);
            var settled = owing
                .Where(b => waived.TryGetValue(b.ClaimId, out var amount) && (b with { OwedPay = b.OwedPay - amount }).Settled)
                .Select(b => b.ClaimId);
            await db.InChunksAsync(settled, RowsPerSave, ids => PaidClaims.MarkAsync(db, ids, cancellationToken), cancellationToken);
        }

        /// <summary>Claims settled by waiving saved at a time: tracked by EF Core, so written in chunks and forgotten.</summary>
        private const int RowsPerSave = 500;
    }

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapPost("/", async (Body? body, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var run = await mediator.Send(new Command(body?.PaymentDate), cancellationToken);
                return TypedResults.Created($"{PaymentRunRoutes.Path}/{run!.Id}", run);
            })
            .RequireRoles(Roles.Finance)
            .Produces<PaymentRunView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreatePaymentRun")
            .WithSummary("Make a payment run now of everything approved and not yet in a run");
}
