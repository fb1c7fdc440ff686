namespace RecognitionPay.Domain.Tests.Time;

public sealed partial class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2026-06-06")] // Saturday
    [InlineData("2026-06-07")] // Sunday
    [InlineData("2025-12-27")] // Saturday after Boxing Day
    [InlineData("2026-12-26")] // Boxing Day on a Saturday: its substitute is the Monday after
    [InlineData("2027-12-25")] // Christmas Day on a Saturday
    [InlineData("2027-12-26")] // Boxing Day on a Sunday
    [InlineData("2028-01-01")] // New Year's Day on a Saturday
    public void A_weekend_day_is_not_a_working_day(string date)
    {
        Assert.False(Calendar.IsWorkingDay(Date(date)));
    }

    [Theory]
    [InlineData("2026-06-06")]
    [InlineData("2026-06-07")]
    public void An_ordinary_weekend_is_not_a_bank_holiday(string date)
    {
        Assert.False(Calendar.IsBankHoliday(Date(date)));
    }

    [Theory]
    [InlineData("2024-12-25")] // Christmas Day
    [InlineData("2025-12-25")]
    [InlineData("2028-12-25")]
    [InlineData("2024-12-26")] // Boxing Day
    [InlineData("2025-12-26")]
    [InlineData("2028-12-26")]
    [InlineData("2025-04-18")] // Good Friday
    [InlineData("2026-04-03")]
    [InlineData("2025-04-21")] // Easter Monday
    [InlineData("2026-04-06")]
    [InlineData("2026-01-01")] // New Year's Day
    [InlineData("2026-05-04")] // Early May bank holiday
    [InlineData("2026-08-31")] // Summer bank holiday
    [InlineData("2026-12-28")] // Boxing Day (substitute day)
    [InlineData("2027-12-27")] // Christmas Day (substitute day)
    [InlineData("2027-12-28")] // Boxing Day (substitute day)
    [InlineData("2028-01-03")] // New Year's Day (substitute day)
    public void A_bank_holiday_is_not_a_working_day(string date)
    {
        Assert.True(Calendar.IsBankHoliday(Date(date)));
        Assert.False(Calendar.IsWorkingDay(Date(date)));
    }

    [Theory]
    [InlineData("2026-06-01")] // Monday
    [InlineData("2026-06-02")]
    [InlineData("2026-06-03")]
    [InlineData("2026-06-04")]
    [InlineData("2026-06-05")] // Friday
    [InlineData("2025-04-17")] // the Thursday before Good Friday
    [InlineData("2025-04-22")] // the Tuesday after Easter Monday
    [InlineData("2026-12-24")] // Christmas Eve is not a bank holiday
    [InlineData("2026-12-29")] // the first working day after Christmas 2026
    [InlineData("2026-12-31")] // New Year's Eve is not a bank holiday
    [InlineData("2027-12-24")]
    [InlineData("2027-12-29")]
    [InlineData("2028-01-04")]
    public void An_ordinary_weekday_is_a_working_day(string date)
    {
        Assert.True(Calendar.IsWorkingDay(Date(date)));
        Assert.False(Calendar.IsBankHoliday(Date(date)));
    }
}
