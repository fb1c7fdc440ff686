using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Tests.Policies;

public sealed class TimeRoundingTests
{
    [Theory]
    [InlineData(15, 1, 15)]
    [InlineData(15, 15, 15)]
    [InlineData(15, 16, 30)]
    [InlineData(15, 0, 0)]
    [InlineData(15, -5, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(1, 61, 61)]
    [InlineData(60, 1, 60)]
    [InlineData(60, 60, 60)]
    [InlineData(60, 61, 120)]
    [InlineData(7, 8, 14)]
    public void Minutes_are_counted_up_to_a_whole_number_of_units(int unitMinutes, int minutes, int counted)
    {
        Assert.Equal(counted, new TimeRounding(unitMinutes).Count(minutes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-15)]
    [InlineData(61)]
    public void A_unit_outside_1_to_60_minutes_is_refused(int unitMinutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeRounding(unitMinutes));
    }
}
