using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.PaymentRunBench;

/// <summary>Approved claims written straight through the domain and EF Core, in batches, as approvals would leave them.</summary>
internal static class Seeding
{
    private const int Batch = 2_000;

    public static async Task ApprovedClaimsAsync(BenchService service, int people, int claimsEach)
    {
        var now = SystemClock.Instance.GetCurrentInstant();
        var date = LondonCalendar.Today(SystemClock.Instance).PlusDays(-7);
        ClaimDetails details = new("meeting", date, 90, 60, 0, [new ExpenseToPrice("public-transport", Money.FromPence(640), HasReceipt: true)], Recognition.Payment, null);
        PricedClaim priced;
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var policy = await scope.ServiceProvider.GetRequiredService<PolicyBook>().InForceOnAsync(date, CancellationToken.None)
                ?? throw new InvalidOperationException("No policy in force.");
            priced = ClaimPricer.Price(policy, new ClaimToPrice(details));
        }

        for (var first = 0; first < people; first += Batch)
        {
            await using var scope = service.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var protector = scope.ServiceProvider.GetRequiredService<BankDetailsProtector>();
            for (var n = first; n < Math.Min(people, first + Batch); n++)
            {
                var email = $"person{n}@bench.example";
                var bank = new BankAccount($"Person {n}", "200000", (10_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var person = Person.Register(
                    PersonId.New(),
                    $"Person {n}",
                    email,
                    n % 10 == 0 ? PaymentMethod.Voucher : PaymentMethod.BankTransfer,
                    protector.Seal(bank),
                    [],
                    OverCapChoice.Defer,
                    eligibleForPayment: true,
                    now);
                db.People.Add(person);
                for (var c = 0; c < claimsEach; c++)
                {
                    var claim = Claim.Submit(ClaimId.New(), person.Id, null, details, priced, email, now);
                    claim.Approve("approver@bench.example", email, now);
                    db.Claims.Add(claim);
                }
            }

            await db.SaveChangesAsync();
        }
    }
}
