using NodaTime;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Domain.Benefits;

/// <summary>
/// A benefit with an hours rule (ESA permitted work: under 16 hours a week) and a claim that takes the person's
/// hours in the benefit week of the activity to the limit or over. A warning the person and the approver see, not a
/// refusal: only DWP decides.
/// </summary>
public sealed record WeeklyHoursOverLimit(BenefitRule Rule, DateInterval Week, int Minutes) : PricingWarning(WarningCode.WeeklyHoursOverLimit)
{
    public override string Message =>
        $"This brings your hours in {PeriodWording.Period(BenefitPeriodKind.Week, Week)} to {Wording.Duration(Minutes)}. " +
        $"{Rule.Name} allows under {Rule.WeeklyHoursUnder} hours a week. Please talk to the Department for Work and Pensions or your adviser before you claim.";

    /// <summary>The benefit week an hours rule counts an activity on <paramref name="activityDate"/> in, or none without an hours rule.</summary>
    public static DateInterval? WeekOf(BenefitRule rule, BenefitDeclaration declared, LocalDate activityDate) =>
        rule.WeeklyHoursUnder is null ? null : BenefitPeriod.WeekContaining(declared.PeriodStart?.DayOfWeek ?? IsoDayOfWeek.Monday, activityDate);

    /// <summary>
    /// The warning when <paramref name="minutesThatWeek"/> (this claim's attended and preparation time and the
    /// person's other claims in the week) reach the hours limit.
    /// </summary>
    public static WeeklyHoursOverLimit? Check(BenefitRule rule, DateInterval week, int minutesThatWeek) =>
        rule.WeeklyHoursUnder is { } hours && minutesThatWeek >= Time.Minutes.InHours(hours) ? new WeeklyHoursOverLimit(rule, week, minutesThatWeek) : null;
}
