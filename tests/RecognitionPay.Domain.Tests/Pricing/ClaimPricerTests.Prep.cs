using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData(90, 60, 60, 2500)]
    [InlineData(90, 50, 60, 2500)]
    [InlineData(120, 120, 120, 5000)]
    [InlineData(120, 1, 15, 625)]
    [InlineData(50, 60, 60, 2500)]     // attended counts as 60, so 60 minutes of preparation is within the ratio
    public void Preparation_within_every_limit_is_paid_in_full(int attended, int prep, int paid, long pence)
    {
        var priced = Price(TestClaim.For("meeting", attended, prepMinutes: prep));

        var line = LineOf(priced, LineKind.Prep);
        Assert.Equal(Quantity.Whole(paid), line.Quantity);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        Assert.Equal(Money.FromPence(pence), priced.Prep);
        Assert.Empty(priced.Warnings);
    }

    [Theory]
    [InlineData(180, 150, null, 120, 5000, "2 hours 30 minutes", "2 hours", "the most this activity pays for")]
    [InlineData(480, 480, null, 120, 5000, "8 hours", "2 hours", "the most this activity pays for")]
    [InlineData(60, 90, null, 60, 2500, "1 hour 30 minutes", "1 hour", "no more than the time you took part")]
    [InlineData(30, 60, null, 30, 1250, "1 hour", "30 minutes", "no more than the time you took part")]
    [InlineData(120, 60, 45, 45, 1875, "1 hour", "45 minutes", "the most agreed for this activity")]
    [InlineData(180, 180, 90, 90, 3750, "3 hours", "1 hour 30 minutes", "the most agreed for this activity")]
    [InlineData(180, 180, 200, 120, 5000, "3 hours", "2 hours", "the most this activity pays for")]
    [InlineData(60, 30, 0, 0, 0, "30 minutes", "0 minutes", "the most agreed for this activity")]
    public void Preparation_over_a_limit_is_paid_up_to_the_limit_with_a_warning_naming_it(
        int attended, int prep, int? allowance, int paid, long pence, string asked, string limit, string reason)
    {
        var priced = Price(TestClaim.For("meeting", attended, prepMinutes: prep, prepAllowanceMinutes: allowance));

        var line = LineOf(priced, LineKind.Prep);
        Assert.Equal(Quantity.Whole(paid), line.Quantity);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        var warning = Assert.Single(priced.Warnings);
        Assert.Equal(WarningCode.PrepOverLimit, warning.Code);
        Assert.Equal($"You asked for {asked} of preparation. We can pay for {limit}. That is {reason}.", warning.Message);
        Assert.Equal($"{limit} of preparation, {reason}, at £25 an hour", line.Description);
    }

    [Theory]
    [InlineData(60, 60, 60, 60)]
    [InlineData(120, 60, 45, 45)]
    [InlineData(120, 60, 200, 60)]
    public void An_activity_allowance_only_ever_lowers_the_policy_limit(int attended, int prep, int allowance, int paid)
    {
        var priced = Price(TestClaim.For("meeting", attended, prepMinutes: prep, prepAllowanceMinutes: allowance));

        Assert.Equal(Quantity.Whole(paid), LineOf(priced, LineKind.Prep).Quantity);
    }

    // A half ratio: floor(0.5 × counted attended minutes); 0.33 shows the floor of a fraction of a minute.
    [Theory]
    [InlineData(50, 90, 60, 45, 1875, true)]     // floor(45) = 45
    [InlineData(50, 15, 15, 7, 292, true)]       // floor(7.5) = 7; 2500 × 7 / 60 = 291.67
    [InlineData(50, 45, 15, 15, 625, false)]     // floor(22.5) = 22, more than the 15 asked for
    [InlineData(50, 60, 30, 30, 1250, false)]    // exactly at the ratio
    [InlineData(33, 100, 60, 34, 1417, true)]    // attended counts as 105; floor(34.65) = 34; 1416.67
    [InlineData(0, 60, 60, 0, 0, true)]          // a ratio of zero pays no preparation
    public void A_ratio_limits_preparation_to_a_multiple_of_the_attended_time_rounded_down(
        int ratioHundredths, int attended, int prep, int paid, long pence, bool warned)
    {
        var policy = TestPolicy.Like().With(TestPolicy.PaidHourly("ratio", 2500, TestPolicy.PrepUpTo(480, ratioHundredths))).Build();

        var priced = ClaimPricer.Price(policy, TestClaim.For("ratio", attended, prepMinutes: prep));

        var line = LineOf(priced, LineKind.Prep);
        Assert.Equal(Quantity.Whole(paid), line.Quantity);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        Assert.Equal(warned ? [WarningCode.PrepOverLimit] : [], CodesOf(priced));
    }

    [Fact]
    public void A_ratio_other_than_one_is_named_in_the_warning()
    {
        var policy = TestPolicy.Like().With(TestPolicy.PaidHourly("ratio", 2500, TestPolicy.PrepUpTo(480, 50))).Build();

        var priced = ClaimPricer.Price(policy, TestClaim.For("ratio", 90, prepMinutes: 60));

        Assert.Equal(
            "You asked for 1 hour of preparation. We can pay for 45 minutes. That is no more than 0.50 times the time you took part.",
            Assert.Single(priced.Warnings).Message);
    }

    [Fact]
    public void Without_a_ratio_preparation_is_limited_only_by_its_maximum()
    {
        var policy = TestPolicy.Like().With(TestPolicy.PaidHourly("no-ratio", 2500, TestPolicy.PrepUpTo(120, null))).Build();

        var priced = ClaimPricer.Price(policy, TestClaim.For("no-ratio", 15, prepMinutes: 120));

        Assert.Equal(Money.FromPence(5000), priced.Prep);
        Assert.Empty(priced.Warnings);
    }

    [Theory]
    [InlineData("workshop", 120)]
    [InlineData("survey", 0)]
    public void Preparation_is_not_paid_when_the_activity_type_has_none(string activity, int attended)
    {
        var priced = Price(TestClaim.For(activity, attended, prepMinutes: 60));

        Assert.DoesNotContain(priced.Lines, l => l.Kind == LineKind.Prep);
        Assert.Equal(Money.Zero, priced.Prep);
        Assert.Equal([WarningCode.PrepNotPaid], CodesOf(priced));
    }

    [Fact]
    public void No_preparation_claimed_gives_no_preparation_line()
    {
        var priced = Price(TestClaim.For("meeting", 60));

        Assert.DoesNotContain(priced.Lines, l => l.Kind == LineKind.Prep);
        Assert.Empty(priced.Warnings);
    }
}
