using NodaTime;

namespace RecognitionPay.Domain.Policies;

/// <summary>One published version of a council's recognition policy. Immutable once built.</summary>
public sealed class RecognitionPolicy
{
    private readonly Dictionary<string, ActivityType> _activityTypes;
    private readonly Dictionary<string, ExpenseCategory> _expenseCategories;
    private readonly Dictionary<string, BenefitRule> _benefits;

    public RecognitionPolicy(
        PolicyVersion version,
        LocalDate effectiveFrom,
        string title,
        TimeRounding rounding,
        IReadOnlyList<ActivityType> activityTypes,
        IReadOnlyList<ExpenseCategory> expenseCategories,
        IReadOnlyList<BenefitRule> benefits,
        TaxRules tax,
        PaymentRules payments,
        ClaimRules claims)
    {
        if (activityTypes.Count == 0)
        {
            throw new ArgumentException("A policy recognises at least one activity type.", nameof(activityTypes));
        }

        Version = version;
        EffectiveFrom = effectiveFrom;
        Title = title;
        Rounding = rounding;
        ActivityTypes = activityTypes;
        ExpenseCategories = expenseCategories;
        Benefits = benefits;
        Tax = tax;
        Payments = payments;
        Claims = claims;
        _activityTypes = activityTypes.ToDictionary(a => a.Code, StringComparer.Ordinal);
        _expenseCategories = expenseCategories.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _benefits = benefits.ToDictionary(b => b.Kind, StringComparer.Ordinal);
    }

    public PolicyVersion Version { get; }

    public LocalDate EffectiveFrom { get; }

    public string Title { get; }

    public TimeRounding Rounding { get; }

    public IReadOnlyList<ActivityType> ActivityTypes { get; }

    public IReadOnlyList<ExpenseCategory> ExpenseCategories { get; }

    public IReadOnlyList<BenefitRule> Benefits { get; }

    public TaxRules Tax { get; }

    public PaymentRules Payments { get; }

    public ClaimRules Claims { get; }

    public ActivityType? FindActivityType(string code) => _activityTypes.GetValueOrDefault(code);

    public ExpenseCategory? FindExpenseCategory(string code) => _expenseCategories.GetValueOrDefault(code);

    public BenefitRule? FindBenefit(string kind) => _benefits.GetValueOrDefault(kind);
}
