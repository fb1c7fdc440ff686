using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData(1, 15, 625)]
    [InlineData(50, 60, 2500)]
    [InlineData(60, 60, 2500)]
    [InlineData(120, 120, 5000)]
    public void Travel_time_within_the_limit_is_paid_in_full(int travel, int paid, long pence)
    {
        var priced = Price(TestClaim.For("meeting", 60, travelMinutes: travel));

        var line = LineOf(priced, LineKind.Travel);
        Assert.Equal(Quantity.Whole(paid), line.Quantity);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        Assert.Empty(priced.Warnings);
    }

    [Theory]
    [InlineData(121, "2 hours 15 minutes")]
    [InlineData(135, "2 hours 15 minutes")]
    [InlineData(300, "5 hours")]
    public void Travel_time_over_the_limit_is_paid_up_to_it_with_a_warning(int travel, string asked)
    {
        var priced = Price(TestClaim.For("meeting", 60, travelMinutes: travel));

        var line = LineOf(priced, LineKind.Travel);
        Assert.Equal(Quantity.Whole(120), line.Quantity);
        Assert.Equal(Money.FromPence(5000), line.Amount);
        var warning = Assert.Single(priced.Warnings);
        Assert.Equal(WarningCode.TravelOverLimit, warning.Code);
        Assert.Equal($"You asked for {asked} of travel time. We pay for up to 2 hours there and back.", warning.Message);
    }

    [Fact]
    public void Travel_time_is_not_paid_when_the_activity_type_has_none()
    {
        var priced = Price(TestClaim.For("workshop", 120, travelMinutes: 60));

        Assert.DoesNotContain(priced.Lines, l => l.Kind == LineKind.Travel);
        Assert.Equal([WarningCode.TravelNotPaid], CodesOf(priced));
    }
}
