using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.PaymentRuns;
using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.PaymentRunBench;

/// <summary>
/// The headroom lookup and run planning a payment run does for one person, for a person with 1,000,000 historical
/// payments and for one with 10: the running totals keep the first within 1.5x of the second. Not a test: run it
/// by hand in Release with <c>--headroom</c> (see bench/README.md).
/// </summary>
internal static class HeadroomBenchmark
{
    private const int LongHistory = 1_000_000;
    private const int ShortHistory = 10;
    private const int PaymentsPerRun = 1_000;
    private const int Rounds = 2_000;
    private const int WarmUpRounds = 500;

    public static async Task RunAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), "recognitionpay-bench", Guid.NewGuid().ToString("N"));
        await using var service = new BenchService(data) { DeleteOnDispose = true };
        await Seeding.ApprovedClaimsAsync(service, people: 2, claimsEach: 2);
        var (longer, shorter) = await PeopleAsync(service);
        var seeding = Stopwatch.StartNew();
        await HistoryAsync(service, [(longer, LongHistory), (shorter, ShortHistory)]);
        Console.WriteLine($"seeded {LongHistory:N0} + {ShortHistory:N0} historical payments in {seeding.Elapsed.TotalSeconds:N1} s");

        await using (var scope = service.Services.CreateAsyncScope())
        {
            // As a service that has run for years would have: the seeding's write-ahead log folded into the database.
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        var paymentDate = LondonCalendar.Today(SystemClock.Instance).PlusDays(3);
        var (longMicros, shortMicros, paid) = await TimeAsync(service, longer.Id, shorter.Id, paymentDate);
        Console.WriteLine($"person with {LongHistory:N0} payments: {longMicros:N0} µs a lookup and plan (median; pays {paid})");
        Console.WriteLine($"person with {ShortHistory:N0} payments: {shortMicros:N0} µs a lookup and plan (median)");
        Console.WriteLine($"ratio {longMicros / shortMicros:N2} (target <= 1.5)");
    }

    /// <summary>
    /// Medians of <see cref="Rounds"/> lookups and plans for each person, taken in turns so that warming up, the
    /// cache and the processor's clock treat both alike; each in its own scope, as a run would make it.
    /// </summary>
    private static async Task<(double LongMicros, double ShortMicros, Money Paid)> TimeAsync(BenchService service, PersonId longer, PersonId shorter, LocalDate paymentDate)
    {
        var times = new[] { new double[Rounds], new double[Rounds] };
        var paid = Money.Zero;
        for (var round = -WarmUpRounds; round < Rounds; round++)
        {
            foreach (var (person, slot) in new[] { (longer, 0), (shorter, 1) })
            {
                var watch = Stopwatch.StartNew();
                paid = await PlanAsync(service, person, paymentDate);
                if (round >= 0)
                {
                    times[slot][round] = watch.Elapsed.TotalMicroseconds;
                }
            }
        }

        Array.Sort(times[0]);
        Array.Sort(times[1]);
        return (times[0][Rounds / 2], times[1][Rounds / 2], paid);
    }

    /// <summary>What a run does for one person: their balances, their payee record with running totals near the date, and the plan.</summary>
    private static async Task<Money> PlanAsync(BenchService service, PersonId person, LocalDate paymentDate)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var policy = (await scope.ServiceProvider.GetRequiredService<PolicyBook>().InForceOnAsync(paymentDate, CancellationToken.None))!;
        var approved = db.Claims.Where(c => c.PersonId == person && c.Status == ClaimStatus.Approved);
        var owing = await scope.ServiceProvider.GetRequiredService<ClaimBalances>().OfAsync(approved, CancellationToken.None);
        var payees = await scope.ServiceProvider.GetRequiredService<PayeeBook>().OfAsync([.. owing.Select(b => b.PersonId).Distinct()], paymentDate, CancellationToken.None);
        var plan = PaymentRunPlanner.Plan(
            owing.Select(b => new PayableClaim(b.ClaimId, b.PersonId, payees[b.PersonId].Method, b.OwedPay, b.OwedExpenses)),
            id => payees[id].On(policy, paymentDate));
        return plan.PayByPerson[person];
    }

    /// <summary>
    /// The two seeded people (two approved claims each), declaring Carer's Allowance and Universal Credit; one claim
    /// of each is settled, for their history to have paid.
    /// </summary>
    private static async Task<(Person Longer, Person Shorter)> PeopleAsync(BenchService service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var people = await db.People.OrderBy(p => p.Email).ToListAsync();
        var result = new List<Person>();
        foreach (var person in people)
        {
            person.DeclareBenefits([new BenefitDeclaration("carers-allowance", null, null), new BenefitDeclaration("universal-credit", new LocalDate(2025, 1, 15), null)]);
            var paid = await db.Claims.Where(c => c.PersonId == person.Id).OrderBy(c => c.Id).FirstAsync();
            paid.MarkPaid();
            result.Add(new Person(person.Id, paid.Id));
        }

        await db.SaveChangesAsync();
        return (result[0], result[1]);
    }

    /// <summary>
    /// Paid runs a week apart going back in time, each paying each person up to 1,000 times until they have their
    /// number of payments, and the running totals those runs leave.
    /// </summary>
    private static async Task HistoryAsync(BenchService service, IReadOnlyList<(Person Person, int Payments)> people)
    {
        var pay = Money.FromPence(5_000);
        var left = people.ToDictionary(p => p.Person, p => p.Payments);
        var earnings = people.ToDictionary(p => p.Person, p => Earnings.For(p.Person.Id));
        var now = SystemClock.Instance.GetCurrentInstant();
        for (var date = LondonCalendar.Today(SystemClock.Instance).PlusWeeks(-1); left.Values.Any(n => n > 0); date = date.PlusWeeks(-1))
        {
            var items = new List<PlannedItem>();
            foreach (var (person, count) in left.Select(p => (p.Key, Math.Min(p.Value, PaymentsPerRun))).ToList())
            {
                items.AddRange(Enumerable.Repeat(new PlannedItem(person.Id, PaymentMethod.BankTransfer, [new PlannedClaim(person.PaidClaim, pay, Money.Zero)]), count));
                earnings[person].Count(date, pay.Times(count, 1));
                left[person] -= count;
            }

            var run = PaymentRun.Create(PaymentRunId.New(), date.PlusDays(-3), date, null, new RunPlan(items, [], new Dictionary<PersonId, Money>()), now, "bench");
            run.MarkPaid(now, "bench", []);
            await using var scope = service.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.PaymentRuns.Add(run);
            await db.SaveChangesAsync();
        }

        await using (var save = service.Services.CreateAsyncScope())
        {
            var db = save.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Earnings.AddRange(earnings.Values);
            await db.SaveChangesAsync();
        }
    }

    private sealed record Person(PersonId Id, ClaimId PaidClaim);
}
