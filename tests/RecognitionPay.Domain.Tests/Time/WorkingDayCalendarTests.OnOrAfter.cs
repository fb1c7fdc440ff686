namespace RecognitionPay.Domain.Tests.Time;

public sealed partial class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2026-06-01")] // Monday
    [InlineData("2026-06-05")] // Friday
    [InlineData("2026-12-24")] // Christmas Eve
    [InlineData("2026-12-29")]
    public void A_working_day_is_its_own_next_working_day(string date)
    {
        Assert.Equal(Date(date), Calendar.OnOrAfter(Date(date)));
    }

    [Theory]
    [InlineData("2026-06-06", "2026-06-08")] // Saturday to Monday
    [InlineData("2026-06-07", "2026-06-08")] // Sunday to Monday
    [InlineData("2026-12-25", "2026-12-29")] // Christmas Day, a Friday, past the weekend and the substitute Boxing Day
    [InlineData("2026-12-26", "2026-12-29")]
    [InlineData("2026-12-28", "2026-12-29")]
    [InlineData("2027-12-25", "2027-12-29")] // Christmas on a Saturday: both substitute days are passed over
    [InlineData("2027-12-27", "2027-12-29")]
    [InlineData("2028-01-01", "2028-01-04")] // New Year's Day on a Saturday: its substitute is the Monday after
    [InlineData("2025-04-18", "2025-04-22")] // Good Friday, over Easter, to the Tuesday after Easter Monday
    [InlineData("2026-04-03", "2026-04-07")]
    [InlineData("2026-08-29", "2026-09-01")] // the Saturday before the summer bank holiday
    public void A_day_off_moves_to_the_next_working_day(string date, string next)
    {
        Assert.Equal(Date(next), Calendar.OnOrAfter(Date(date)));
    }

    [Theory]
    [InlineData("2026-12-25")]
    [InlineData("2027-12-25")]
    [InlineData("2026-06-06")]
    public void The_next_working_day_is_a_working_day_with_none_between(string date)
    {
        var next = Calendar.OnOrAfter(Date(date));

        Assert.True(Calendar.IsWorkingDay(next));
        for (var day = Date(date); day < next; day = day.PlusDays(1))
        {
            Assert.False(Calendar.IsWorkingDay(day));
        }
    }
}
