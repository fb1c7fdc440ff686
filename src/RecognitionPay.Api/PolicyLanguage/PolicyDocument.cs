using NodaTime;

namespace RecognitionPay.Api.PolicyLanguage;

/// <summary>
/// A policy document exactly as policy-format.md writes it, in YAML or JSON. Every member is optional here so that a
/// missing one is reported by the validator naming its path (for example activityTypes[0].pay.hourlyPence).
/// </summary>
public sealed record PolicyDocument
{
    public string? Version { get; init; }

    public LocalDate? EffectiveFrom { get; init; }

    public string? Title { get; init; }

    public RoundingDocument? Rounding { get; init; }

    public IReadOnlyList<ActivityTypeDocument>? ActivityTypes { get; init; }

    public IReadOnlyList<ExpenseCategoryDocument>? ExpenseCategories { get; init; }

    public IReadOnlyList<BenefitDocument>? Benefits { get; init; }

    public TaxDocument? Tax { get; init; }

    public PaymentsDocument? Payments { get; init; }

    public ClaimsDocument? Claims { get; init; }
}

public sealed record RoundingDocument(int? UnitMinutes);

public sealed record ActivityTypeDocument(string? Code, string? Name, string? EasyRead, PayDocument? Pay, PrepDocument? Prep, TravelDocument? Travel, string? Picture = null);

public sealed record PayDocument(
    string? Basis,
    long? HourlyPence = null,
    int? MinimumMinutes = null,
    int? MaximumMinutes = null,
    long? HalfDayPence = null,
    long? DayPence = null,
    int? HalfDayUpToMinutes = null,
    long? FeePence = null);

public sealed record PrepDocument(long? HourlyPence, int? MaxMinutes, decimal? MaxRatio = null);

public sealed record TravelDocument(long? HourlyPence, int? MaxMinutes);

public sealed record ExpenseCategoryDocument(
    string? Code,
    string? Name,
    string? Kind,
    IReadOnlyList<MileageBandDocument>? Bands = null,
    long? CapPence = null,
    long? ReceiptRequiredOverPence = null,
    bool? NeedsPreApproval = null,
    long? MaxHourlyPence = null,
    long? AmountPence = null,
    IReadOnlyList<TimeAwayCapDocument>? CapsByTimeAway = null,
    string? EasyRead = null,
    bool? Travel = null,
    string? Picture = null);

public sealed record TimeAwayCapDocument(int? OverMinutes, long? CapPence);

public sealed record MileageBandDocument(long? UpToMilesInTaxYear, long? PencePerMile);

public sealed record BenefitDocument(string? Kind, string? Name, string? Period, IReadOnlyList<LimitDocument>? Limits = null, int? WeeklyHoursUnder = null);

public sealed record LimitDocument(LocalDate? From, long? Pence);

public sealed record TaxDocument(long? TradingAllowancePence);

public sealed record PaymentsDocument(IReadOnlyList<string>? Methods, string? RunSchedule, int? PaymentLeadDays);

public sealed record ClaimsDocument(int? DeadlineDays);
