using NodaTime;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Expenses;
using RecognitionPay.Domain.Pricing.Involvement;

namespace RecognitionPay.Domain.Tests;

/// <summary>
/// Builds the example policy of policy-format.md in code: a meeting paid by the hour with preparation and travel,
/// a sessional workshop, a fixed-fee survey, an unpaid social, and one expense category of each kind.
/// Tests change only what they are about: the time unit, or an extra activity type or expense category.
/// </summary>
internal sealed class TestPolicy
{
    public static readonly ActivityType Meeting = new(
        "meeting",
        "Taking part in a meeting",
        "Go to a meeting and say what you think",
        new HourlyPay(Money.FromPence(2500), minimumMinutes: 60, maximumMinutes: 480),
        new PrepAllowance(Money.FromPence(2500), maxMinutes: 120, new Ratio(100)),
        new TravelAllowance(Money.FromPence(2500), maxMinutes: 120));

    public static readonly ActivityType Workshop = new(
        "workshop",
        "Co-design workshop",
        "Help plan a service in a group",
        new SessionalPay(Money.FromPence(7500), Money.FromPence(15000), halfDayUpToMinutes: 240),
        Prep: null,
        Travel: null);

    public static readonly ActivityType Survey = new(
        "survey", "Completing a survey", "Answer some questions", new FixedPay(Money.FromPence(1000)), Prep: null, Travel: null);

    public static readonly ActivityType Social = new(
        "social", "Social or networking event", "Meet other people", new NoPay(), Prep: null, Travel: null);

    public static readonly ExpenseCategory CarMileage = new Mileage(
        "mileage", "Car mileage", [new MileageBand(10000, Money.FromPence(45)), new MileageBand(null, Money.FromPence(25))]);

    public static readonly ExpenseCategory PublicTransport = new ActualCost(
        "public-transport", "Bus or train", Cap: null, ReceiptRequiredOver: Money.FromPence(1000), NeedsPreApproval: false);

    public static readonly ExpenseCategory Taxi = new ActualCost(
        "taxi", "Taxi", Cap: null, ReceiptRequiredOver: null, NeedsPreApproval: true);

    public static readonly ExpenseCategory Meal = new ActualCost(
        "meal", "Food and drink", Cap: Money.FromPence(1000), ReceiptRequiredOver: null, NeedsPreApproval: false);

    public static readonly ExpenseCategory CarerCover = CarerCoverUpTo("carer-cover", 1500);

    public static readonly ExpenseCategory OnlineData = new FlatAmount(
        "online-data", "Phone or internet data", Money.FromPence(500), NeedsPreApproval: false);

    private readonly List<ActivityType> _activityTypes = [Meeting, Workshop, Survey, Social];
    private readonly List<ExpenseCategory> _expenseCategories = [CarMileage, PublicTransport, Taxi, Meal, CarerCover, OnlineData];
    private int _unitMinutes = 15;
    private string _version = "2025-04";
    private LocalDate _effectiveFrom = new(2025, 4, 6);

    private readonly List<BenefitRule> _benefits =
    [
        new BenefitRule("carers-allowance", "Carer's Allowance", BenefitPeriodKind.Week,
            [new StatutoryLimit(new LocalDate(2024, 4, 8), Money.FromPence(15100)), new StatutoryLimit(new LocalDate(2025, 4, 7), Money.FromPence(19600))],
            weeklyHoursUnder: null),
        new BenefitRule("universal-credit", "Universal Credit", BenefitPeriodKind.AssessmentMonth, [], weeklyHoursUnder: null),
    ];

    private TestPolicy()
    {
    }

    /// <summary>The example policy exactly as policy-format.md shows it.</summary>
    public static RecognitionPolicy Example() => new TestPolicy().Build();

    /// <summary>The example policy, to change before building.</summary>
    public static TestPolicy Like() => new();

    public TestPolicy WithUnitMinutes(int unitMinutes)
    {
        _unitMinutes = unitMinutes;
        return this;
    }

    public TestPolicy WithVersion(string version, LocalDate effectiveFrom)
    {
        (_version, _effectiveFrom) = (version, effectiveFrom);
        return this;
    }

    public TestPolicy With(ActivityType type)
    {
        _activityTypes.Add(type);
        return this;
    }

    public TestPolicy With(ExpenseCategory category)
    {
        _expenseCategories.Add(category);
        return this;
    }

    public TestPolicy With(BenefitRule benefit)
    {
        _benefits.Add(benefit);
        return this;
    }

    public RecognitionPolicy Build() => new(
        new PolicyVersion(_version),
        _effectiveFrom,
        "Recognising the contribution of co-producers",
        new TimeRounding(_unitMinutes),
        _activityTypes,
        _expenseCategories,
        _benefits,
        new TaxRules(Money.FromPence(100000)),
        new PaymentRules(["bank-transfer", "voucher"], "0 9 * * THU", PaymentLeadDays: 3),
        new ClaimRules(DeadlineDays: 90));

    /// <summary>An activity type paid by the hour with no minimum or maximum, and no preparation or travel unless given.</summary>
    public static ActivityType PaidHourly(string code, long hourlyPence, PrepAllowance? prep = null) =>
        new(code, $"Paid hourly at {hourlyPence}p", "Get paid for each hour", new HourlyPay(Money.FromPence(hourlyPence), null, null), prep, Travel: null);

    /// <summary>Preparation paid at the meeting rate with a limit of <paramref name="maxMinutes"/> and a ratio in hundredths.</summary>
    public static PrepAllowance PrepUpTo(int maxMinutes, int? ratioHundredths) =>
        new(Money.FromPence(2500), maxMinutes, ratioHundredths is { } r ? new Ratio(r) : null);

    public static ExpenseCategory CarerCoverUpTo(string code, long maxHourlyPence) =>
        new CarerCover(code, "Replacement care", Money.FromPence(maxHourlyPence), ReceiptRequiredOver: null, NeedsPreApproval: false);
}
