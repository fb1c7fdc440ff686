using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    // 6000p an hour is 100p a minute, so the pay shows the counted minutes plainly.
    [Theory]
    [InlineData(15, 1, 15)]
    [InlineData(15, 14, 15)]
    [InlineData(15, 15, 15)]
    [InlineData(15, 16, 30)]
    [InlineData(15, 29, 30)]
    [InlineData(15, 30, 30)]
    [InlineData(15, 31, 45)]
    [InlineData(1, 1, 1)]
    [InlineData(1, 16, 16)]
    [InlineData(1, 59, 59)]
    [InlineData(60, 1, 60)]
    [InlineData(60, 60, 60)]
    [InlineData(60, 61, 120)]
    public void Time_is_rounded_up_to_a_whole_number_of_units(int unitMinutes, int attended, int counted)
    {
        var policy = TestPolicy.Like().WithUnitMinutes(unitMinutes).With(TestPolicy.PaidHourly("by-the-minute", 6000)).Build();

        var priced = ClaimPricer.Price(policy, TestClaim.For("by-the-minute", attended));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(Quantity.Whole(counted), line.Quantity);
        Assert.Equal(Money.FromPence(counted * 100), line.Amount);
    }

    [Theory]
    [InlineData(15, 16, 30, 1250)]
    [InlineData(1, 16, 16, 667)]
    [InlineData(60, 16, 60, 2500)]
    public void Preparation_and_travel_time_are_rounded_up_by_the_same_unit(int unitMinutes, int minutes, int counted, long pence)
    {
        var policy = TestPolicy.Like().WithUnitMinutes(unitMinutes).Build();

        var priced = ClaimPricer.Price(policy, TestClaim.For("meeting", 120, prepMinutes: minutes, travelMinutes: minutes));

        Assert.Equal(Quantity.Whole(counted), LineOf(priced, LineKind.Prep).Quantity);
        Assert.Equal(Quantity.Whole(counted), LineOf(priced, LineKind.Travel).Quantity);
        Assert.Equal(Money.FromPence(pence), priced.Prep);
        Assert.Equal(Money.FromPence(pence), priced.Travel);
    }

    // round(rate × minutes / 60), halves up: the only rounding in hourly pay.
    [Theory]
    [InlineData(2500, 15, 625)]    // 625
    [InlineData(2501, 15, 625)]    // 625.25
    [InlineData(2502, 15, 626)]    // 625.5
    [InlineData(2503, 15, 626)]    // 625.75
    [InlineData(1, 15, 0)]         // 0.25
    [InlineData(1, 30, 1)]         // 0.5
    [InlineData(1, 45, 1)]         // 0.75
    [InlineData(3, 30, 2)]         // 1.5
    [InlineData(2999, 45, 2249)]   // 2249.25
    [InlineData(3333, 90, 5000)]   // 4999.5
    public void Hourly_pay_is_rounded_to_the_nearest_penny_with_halves_up(long hourlyPence, int attended, long pence)
    {
        var policy = TestPolicy.Like().With(TestPolicy.PaidHourly("odd-rate", hourlyPence)).Build();

        var priced = ClaimPricer.Price(policy, TestClaim.For("odd-rate", attended));

        Assert.Equal(Money.FromPence(pence), priced.Involvement);
    }
}
