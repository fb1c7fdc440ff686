using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(60)]
    [InlineData(600)]
    public void A_fixed_fee_is_paid_whatever_the_time(int attended)
    {
        var priced = Price(TestClaim.For("survey", attended));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(Money.FromPence(1000), line.Amount);
        Assert.Equal(Quantity.Whole(1), line.Quantity);
        Assert.Equal("fee", line.Unit);
        Assert.Empty(priced.Warnings);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 15)]
    [InlineData(90, 90)]
    public void An_unpaid_activity_pays_nothing_but_shows_the_counted_time(int attended, int counted)
    {
        var priced = Price(TestClaim.For("social", attended));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(Money.Zero, line.Amount);
        Assert.Equal(Quantity.Whole(counted), line.Quantity);
        Assert.Equal(Money.Zero, priced.Total);
        Assert.Empty(priced.Warnings);
    }
}
