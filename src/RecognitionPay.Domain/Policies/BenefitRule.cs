using NodaTime;

namespace RecognitionPay.Domain.Policies;

/// <summary>How DWP counts earnings for one benefit: its period, its statutory limits by date, and any hours rule.</summary>
public sealed record BenefitRule
{
    public BenefitRule(string kind, string name, BenefitPeriodKind period, IReadOnlyList<StatutoryLimit> limits, int? weeklyHoursUnder)
    {
        if (limits.Zip(limits.Skip(1)).Any(p => p.Second.From <= p.First.From))
        {
            throw new ArgumentException("Statutory limits are listed in date order, one per date.", nameof(limits));
        }

        Kind = kind;
        Name = name;
        Period = period;
        Limits = limits;
        WeeklyHoursUnder = weeklyHoursUnder;
    }

    public string Kind { get; }

    public string Name { get; }

    public BenefitPeriodKind Period { get; }

    public IReadOnlyList<StatutoryLimit> Limits { get; }

    public int? WeeklyHoursUnder { get; }

    /// <summary>The statutory limit in force on a date, or none.</summary>
    public Money? LimitOn(LocalDate date) => Limits.LastOrDefault(l => l.From <= date)?.Amount;
}

public enum BenefitPeriodKind
{
    None,
    Week,
    AssessmentMonth,
}

/// <summary>A statutory earnings limit (or disregard) in force from a date.</summary>
public sealed record StatutoryLimit(LocalDate From, Money Amount);
