using BenchmarkDotNet.Attributes;
using NodaTime;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Pricing.Expenses;
using RecognitionPay.Domain.Pricing.Involvement;

namespace RecognitionPay.Benchmarks;

/// <summary>
/// Prices a typical claim under the example policy of policy-format.md: a 90-minute meeting with an hour's
/// preparation, 12.4 miles by car, a 640p fare with a receipt, and the flat amount for phone or internet data.
/// </summary>
[MemoryDiagnoser]
public class PricingBenchmarks
{
    private RecognitionPolicy _policy = null!;
    private ClaimToPrice _claim = null!;

    [GlobalSetup]
    public void BuildPolicyAndClaim()
    {
        _policy = ExamplePolicy();
        _claim = new ClaimToPrice(new ClaimDetails(
            "meeting",
            new LocalDate(2025, 6, 2),
            AttendedMinutes: 90,
            PrepMinutes: 60,
            TravelMinutes: 0,
            [
                new ExpenseToPrice("mileage", Miles: new Miles(124)),
                new ExpenseToPrice("public-transport", Money.FromPence(640), HasReceipt: true),
                new ExpenseToPrice("online-data"),
            ],
            Recognition.Payment,
            Note: null));
    }

    [Benchmark]
    public PricedClaim PriceATypicalClaim() => ClaimPricer.Price(_policy, _claim);

    private static RecognitionPolicy ExamplePolicy() => new(
        new PolicyVersion("2025-04"),
        new LocalDate(2025, 4, 6),
        "Recognising the contribution of co-producers",
        new TimeRounding(15),
        [
            new ActivityType("meeting", "Taking part in a meeting", "Go to a meeting and say what you think",
                new HourlyPay(Money.FromPence(2500), minimumMinutes: 60, maximumMinutes: 480),
                new PrepAllowance(Money.FromPence(2500), maxMinutes: 120, new Ratio(100)),
                new TravelAllowance(Money.FromPence(2500), maxMinutes: 120)),
            new ActivityType("workshop", "Co-design workshop", "Help plan a service in a group",
                new SessionalPay(Money.FromPence(7500), Money.FromPence(15000), halfDayUpToMinutes: 240), null, null),
            new ActivityType("survey", "Completing a survey", "Answer some questions", new FixedPay(Money.FromPence(1000)), null, null),
            new ActivityType("social", "Social or networking event", "Meet other people", new NoPay(), null, null),
        ],
        [
            new Mileage("mileage", "Car mileage", [new MileageBand(10000, Money.FromPence(45)), new MileageBand(null, Money.FromPence(25))]),
            new ActualCost("public-transport", "Bus or train", null, Money.FromPence(1000), NeedsPreApproval: false),
            new ActualCost("taxi", "Taxi", null, null, NeedsPreApproval: true),
            new ActualCost("meal", "Food and drink", Money.FromPence(1000), null, NeedsPreApproval: false),
            new CarerCover("carer-cover", "Replacement care", Money.FromPence(1500), null, NeedsPreApproval: false),
            new FlatAmount("online-data", "Phone or internet data", Money.FromPence(500), NeedsPreApproval: false),
        ],
        [],
        new TaxRules(Money.FromPence(100000)),
        new PaymentRules(["bank-transfer", "voucher"], "0 9 * * THU", PaymentLeadDays: 3),
        new ClaimRules(DeadlineDays: 90));
}
