using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData(60, 60, 2500)]
    [InlineData(90, 90, 3750)]
    [InlineData(61, 75, 3125)]
    [InlineData(100, 105, 4375)]
    [InlineData(465, 465, 19375)]
    [InlineData(480, 480, 20000)]
    public void An_hourly_activity_pays_the_counted_minutes_at_the_hourly_rate(int attended, int paidMinutes, long pence)
    {
        var priced = Price(TestClaim.For("meeting", attended));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        Assert.Equal(Quantity.Whole(paidMinutes), line.Quantity);
        Assert.Equal("minutes", line.Unit);
        Assert.Empty(priced.Warnings);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(59)]
    public void An_hourly_activity_shorter_than_its_minimum_is_paid_as_the_minimum(int attended)
    {
        var priced = Price(TestClaim.For("meeting", attended));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(Money.FromPence(2500), line.Amount);
        Assert.Equal(Quantity.Whole(60), line.Quantity);
        Assert.Empty(priced.Warnings);
    }

    [Fact]
    public void A_raised_time_says_what_was_counted_and_what_is_paid()
    {
        var line = LineOf(Price(TestClaim.For("meeting", 20)), LineKind.Involvement);

        Assert.Equal("30 minutes counted as 1 hour, the shortest time this pays for, at £25 an hour", line.Description);
    }

    [Theory]
    [InlineData(481, "8 hours 15 minutes")]
    [InlineData(495, "8 hours 15 minutes")]
    [InlineData(600, "10 hours")]
    [InlineData(1440, "24 hours")]
    public void An_hourly_activity_longer_than_its_maximum_is_paid_as_the_maximum_with_a_warning(int attended, string counted)
    {
        var priced = Price(TestClaim.For("meeting", attended));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(Money.FromPence(20000), line.Amount);
        Assert.Equal(Quantity.Whole(480), line.Quantity);
        var warning = Assert.Single(priced.Warnings);
        Assert.Equal(WarningCode.AttendanceOverMaximum, warning.Code);
        Assert.Equal(
            $"You were there for {counted}. This activity pays for up to 8 hours. We will pay for 8 hours.",
            warning.Message);
    }

    [Theory]
    [InlineData(15, 625)]
    [InlineData(600, 25000)]
    public void An_hourly_activity_with_no_minimum_or_maximum_pays_every_counted_minute(int attended, long pence)
    {
        var policy = TestPolicy.Like().With(TestPolicy.PaidHourly("open-ended", 2500)).Build();

        var priced = ClaimPricer.Price(policy, TestClaim.For("open-ended", attended));

        Assert.Equal(Money.FromPence(pence), priced.Involvement);
        Assert.Empty(priced.Warnings);
    }
}
