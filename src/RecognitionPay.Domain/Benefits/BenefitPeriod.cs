using NodaTime;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Benefits;

/// <summary>
/// The periods DWP counts earnings in: benefit weeks starting on a declared weekday (Monday when none is declared),
/// and Universal Credit assessment months starting on a declared day of the month, on the last day of a month too
/// short to have it. Periods are dates, so clocks changing in March and October make no difference.
/// </summary>
public static class BenefitPeriod
{
    /// <summary>The period of a benefit that contains <paramref name="date"/>, or none for a benefit without periods.</summary>
    public static DateInterval? Containing(BenefitPeriodKind kind, LocalDate? declaredStart, LocalDate date) => kind switch
    {
        BenefitPeriodKind.Week => WeekContaining(declaredStart?.DayOfWeek ?? IsoDayOfWeek.Monday, date),
        BenefitPeriodKind.AssessmentMonth => AssessmentMonthContaining(declaredStart?.Day ?? 1, date),
        _ => null,
    };

    public static DateInterval WeekContaining(IsoDayOfWeek firstDay, LocalDate date)
    {
        var start = date.With(DateAdjusters.PreviousOrSame(firstDay));
        return new DateInterval(start, start.PlusDays(6));
    }

    public static DateInterval AssessmentMonthContaining(int dayOfMonth, LocalDate date)
    {
        if (dayOfMonth is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(dayOfMonth), dayOfMonth, "A day of the month is 1 to 31.");
        }

        var month = date.ToYearMonth();
        var start = StartIn(month, dayOfMonth);
        if (date < start)
        {
            month = month.PlusMonths(-1);
            start = StartIn(month, dayOfMonth);
        }

        return new DateInterval(start, StartIn(month.PlusMonths(1), dayOfMonth).PlusDays(-1));
    }

    private static LocalDate StartIn(YearMonth month, int dayOfMonth) =>
        month.OnDayOfMonth(Math.Min(dayOfMonth, month.Calendar.GetDaysInMonth(month.Year, month.Month)));
}
