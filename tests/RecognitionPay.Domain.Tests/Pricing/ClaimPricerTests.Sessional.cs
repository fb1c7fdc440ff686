using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData(1, 7500, "half day")]
    [InlineData(120, 7500, "half day")]
    [InlineData(239, 7500, "half day")]
    [InlineData(240, 7500, "half day")]
    [InlineData(241, 15000, "day")]
    [InlineData(255, 15000, "day")]
    [InlineData(480, 15000, "day")]
    [InlineData(720, 15000, "day")]
    public void A_sessional_activity_pays_a_half_day_up_to_its_limit_and_a_day_beyond(int attended, long pence, string unit)
    {
        var priced = Price(TestClaim.For("workshop", attended));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        Assert.Equal(Quantity.Whole(1), line.Quantity);
        Assert.Equal(unit, line.Unit);
        Assert.Empty(priced.Warnings);
    }

    [Fact]
    public void A_day_counted_from_241_minutes_says_it_counted_255()
    {
        var line = LineOf(Price(TestClaim.For("workshop", 241)), LineKind.Involvement);

        Assert.Equal("A full day (4 hours 15 minutes, more than 4 hours) for £150", line.Description);
    }
}
