namespace RecognitionPay.Domain.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(0, 7, 0)]
    [InlineData(1, 3, 0)]          // 0.33
    [InlineData(1, 2, 1)]          // 0.5
    [InlineData(2, 3, 1)]          // 0.67
    [InlineData(3, 2, 2)]          // 1.5
    [InlineData(5, 4, 1)]          // 1.25
    [InlineData(7, 4, 2)]          // 1.75
    [InlineData(37500, 60, 625)]   // 2500p for 15 minutes
    [InlineData(37515, 60, 625)]   // 2501p for 15 minutes = 625.25
    [InlineData(37530, 60, 626)]   // 2502p for 15 minutes = 625.5
    [InlineData(37545, 60, 626)]   // 2503p for 15 minutes = 625.75
    [InlineData(45, 10, 5)]        // a tenth of a mile at 45p = 4.5
    [InlineData(44, 10, 4)]        // 4.4
    [InlineData(46, 10, 5)]        // 4.6
    public void Rounding_takes_the_nearest_penny_with_halves_up(long numerator, long denominator, long pence)
    {
        Assert.Equal(Money.FromPence(pence), Money.RoundHalfUp(numerator, denominator));
    }

    [Theory]
    [InlineData(-1, 3, 0)]          // -0.33
    [InlineData(-1, 2, -1)]         // -0.5
    [InlineData(-2, 3, -1)]         // -0.67
    [InlineData(-3, 2, -2)]         // -1.5
    [InlineData(-5, 4, -1)]         // -1.25
    [InlineData(-7, 4, -2)]         // -1.75
    [InlineData(-37515, 60, -625)]  // -625.25
    [InlineData(-37530, 60, -626)]  // -625.5
    public void Negative_amounts_round_halves_away_from_zero(long numerator, long denominator, long pence)
    {
        Assert.Equal(Money.FromPence(pence), Money.RoundHalfUp(numerator, denominator));
    }

    [Fact]
    public void Rounding_is_exact_beyond_the_range_of_a_long()
    {
        var numerator = (Int128)long.MaxValue * 60;

        Assert.Equal(Money.FromPence(long.MaxValue), Money.RoundHalfUp(numerator, 60));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Rounding_refuses_a_divisor_that_is_not_positive(long denominator)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.RoundHalfUp(1, denominator));
    }

    [Theory]
    [InlineData(2500, 90, 60, 3750)]      // 90 minutes at £25 an hour
    [InlineData(2501, 15, 60, 625)]       // 625.25
    [InlineData(2502, 15, 60, 626)]       // 625.5
    [InlineData(45, 1, 10, 5)]            // a tenth of a mile at 45p
    [InlineData(1500, 33, 100, 495)]      // 0.33 hours at £15 an hour
    [InlineData(1234, 25, 100, 309)]      // 308.5
    [InlineData(-2502, 15, 60, -626)]     // -625.5
    [InlineData(2500, 0, 60, 0)]
    public void Times_applies_a_rate_to_a_quantity_and_rounds_once(long ratePence, long quantity, long per, long pence)
    {
        Assert.Equal(Money.FromPence(pence), Money.FromPence(ratePence).Times(quantity, per));
    }

    [Theory]
    [InlineData(1250, "£12.50")]
    [InlineData(300, "£3")]
    [InlineData(5, "£0.05")]
    [InlineData(0, "£0")]
    [InlineData(-105, "-£1.05")]
    [InlineData(100000, "£1,000")]
    [InlineData(123456789, "£1,234,567.89")]
    public void Money_reads_as_pounds_and_pence(long pence, string text)
    {
        Assert.Equal(text, Money.FromPence(pence).ToString());
    }

    [Fact]
    public void Adding_past_the_largest_amount_overflows_rather_than_wrapping()
    {
        Assert.Throws<OverflowException>(() => Money.FromPence(long.MaxValue) + Money.FromPence(1));
    }

    [Theory]
    [InlineData(100, 200, 100, 200)]
    [InlineData(200, 100, 100, 200)]
    [InlineData(-5, 5, -5, 5)]
    public void Min_and_max_pick_the_smaller_and_the_larger(long a, long b, long min, long max)
    {
        Assert.Equal(Money.FromPence(min), Money.Min(Money.FromPence(a), Money.FromPence(b)));
        Assert.Equal(Money.FromPence(max), Money.Max(Money.FromPence(a), Money.FromPence(b)));
    }
}
