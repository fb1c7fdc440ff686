using System.Globalization;
using NodaTime;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Benefits;

/// <summary>Benefit periods and limits in the words a person and their benefits adviser use.</summary>
public static class PeriodWording
{
    /// <summary>"Tuesday 1 December 2026".</summary>
    public static string Day(LocalDate date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"the week 30 November to 6 December 2026", "the assessment period 15 November to 14 December 2026".</summary>
    public static string Period(BenefitPeriodKind kind, DateInterval period)
    {
        var name = kind == BenefitPeriodKind.Week ? "the week" : "the assessment period";
        var start = period.Start.Year == period.End.Year ? period.Start.ToString("d MMMM", CultureInfo.InvariantCulture) : Short(period.Start);
        return $"{name} {start} to {Short(period.End)}";
    }

    /// <summary>"the Carer's Allowance limit of £204 for the week 30 November to 6 December 2026".</summary>
    public static string Limit(BenefitLimit limit) => limit is { Limit: { } amount, Period: { } period }
        ? $"the {limit.Rule.Name} limit of {amount} for {Period(limit.Rule.Period, period)}"
        : $"{limit.Rule.Name}, which sets no limit here";

    private static string Short(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
