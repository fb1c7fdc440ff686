using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    // Hours in hundredths: min(amount claimed, round(hours × 1500p)).
    [Theory]
    [InlineData(100, 1500, 1500, false)]
    [InlineData(100, 1200, 1200, false)]
    [InlineData(100, 1600, 1500, true)]
    [InlineData(150, 2250, 2250, false)]
    [InlineData(150, 3000, 2250, true)]
    [InlineData(25, 300, 300, false)]      // 0.25 × 1500 = 375
    [InlineData(33, 1000, 495, true)]      // 0.33 × 1500 = 495
    [InlineData(1, 100, 15, true)]         // 0.01 × 1500 = 15
    [InlineData(0, 100, 0, true)]
    public void Carer_cover_is_paid_as_claimed_up_to_the_most_per_hour(long hundredths, long claimed, long paid, bool capped)
    {
        var priced = Price(TestClaim.OnlyExpenses(new ExpenseToPrice("carer-cover", Money.FromPence(claimed), Hours: new Hours(hundredths))));

        var line = LineOf(priced, LineKind.Expense);
        Assert.Equal(Money.FromPence(paid), line.Amount);
        Assert.Equal(new Quantity(hundredths, 2), line.Quantity);
        Assert.Equal("hours", line.Unit);
        Assert.Equal(capped ? [WarningCode.ExpenseCapped] : [], CodesOf(priced));
    }

    [Theory]
    [InlineData(100, 1200, "Replacement care: 1 hour, £12 paid")]
    [InlineData(150, 1200, "Replacement care: 1.5 hours, £12 paid")]
    [InlineData(200, 3000, "Replacement care: 2 hours, £30 paid")]
    [InlineData(50, 600, "Replacement care: 0.5 hours, £6 paid")]
    [InlineData(100, 1600, "Replacement care: 1 hour, up to £15 an hour (£16 claimed)")]
    public void Carer_cover_says_its_hours_with_one_hour_in_the_singular(long hundredths, long claimed, string description)
    {
        var priced = Price(TestClaim.OnlyExpenses(new ExpenseToPrice("carer-cover", Money.FromPence(claimed), Hours: new Hours(hundredths))));

        Assert.Equal(description, LineOf(priced, LineKind.Expense).Description);
    }

    [Theory]
    [InlineData(100, 1600, "You claimed £16 for 1 hour of replacement care. We pay up to £15 an hour. We will pay £15.")]
    [InlineData(150, 3000, "You claimed £30 for 1.5 hours of replacement care. We pay up to £15 an hour. We will pay £22.50.")]
    public void Carer_cover_over_the_most_per_hour_says_so_in_words(long hundredths, long claimed, string message)
    {
        var priced = Price(TestClaim.OnlyExpenses(new ExpenseToPrice("carer-cover", Money.FromPence(claimed), Hours: new Hours(hundredths))));

        Assert.Equal(message, Assert.Single(priced.Warnings).Message);
    }

    // With 1234p an hour the most per claim is a fraction of a penny, rounded half up.
    [Theory]
    [InlineData(25, 309)]      // 308.5
    [InlineData(33, 407)]      // 407.22
    [InlineData(75, 926)]      // 925.5
    [InlineData(150, 1851)]    // 1851
    public void The_most_for_carer_cover_is_rounded_to_the_nearest_penny(long hundredths, long most)
    {
        var policy = TestPolicy.Like().With(TestPolicy.CarerCoverUpTo("odd-care", 1234)).Build();

        var priced = ClaimPricer.Price(policy,
            TestClaim.OnlyExpenses(new ExpenseToPrice("odd-care", Money.FromPence(100_000), Hours: new Hours(hundredths))));

        Assert.Equal(Money.FromPence(most), priced.Expenses);
    }
}
