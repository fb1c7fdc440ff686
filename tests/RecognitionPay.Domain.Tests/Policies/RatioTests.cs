using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Tests.Policies;

public sealed class RatioTests
{
    [Theory]
    [InlineData(100, 90, 90)]
    [InlineData(50, 90, 45)]
    [InlineData(50, 15, 7)]
    [InlineData(33, 105, 34)]
    [InlineData(150, 45, 67)]
    [InlineData(0, 600, 0)]
    public void A_ratio_of_minutes_is_rounded_down_to_a_whole_minute(int hundredths, int minutes, int result)
    {
        Assert.Equal(result, new Ratio(hundredths).OfMinutesRoundedDown(minutes));
    }

    [Theory]
    [InlineData(100, "1.00")]
    [InlineData(50, "0.50")]
    [InlineData(125, "1.25")]
    public void A_ratio_reads_with_two_decimal_places(int hundredths, string text)
    {
        Assert.Equal(text, new Ratio(hundredths).ToString());
    }

    [Fact]
    public void A_negative_ratio_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(-1));
    }
}
