using NodaTime;

namespace RecognitionPay.Domain.Time;

/// <summary>England and Wales working days: not a Saturday or Sunday, and not a bank holiday (supplied as data).</summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<LocalDate> _bankHolidays;

    public WorkingDayCalendar(IEnumerable<LocalDate> bankHolidays)
    {
        _bankHolidays = [.. bankHolidays];
    }

    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_bankHolidays.Contains(date);

    public bool IsBankHoliday(LocalDate date) => _bankHolidays.Contains(date);

    /// <summary>The date itself when it is a working day, otherwise the next one.</summary>
    public LocalDate OnOrAfter(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }
}
