using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Pricing.Expenses;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    // Miles in tenths. Bands: 45p a mile up to 10,000 miles in the tax year, then 25p.
    [Theory]
    [InlineData(0, 100, 450)]          // 10 × 45
    [InlineData(0, 124, 558)]          // 12.4 × 45
    [InlineData(0, 1, 5)]              // 0.1 × 45 = 4.5
    [InlineData(0, 2, 9)]              // 0.2 × 45 = 9
    [InlineData(0, 3, 14)]             // 0.3 × 45 = 13.5
    [InlineData(0, 0, 0)]
    [InlineData(50000, 100, 450)]      // 5,000 earlier: still the first band
    [InlineData(99950, 100, 350)]      // 9,995 earlier: 5 × 45 + 5 × 25
    [InlineData(99900, 100, 450)]      // 9,990 earlier: exactly fills the first band
    [InlineData(99999, 1, 4)]          // the 9,999.9 earlier were paid 449,996p (449,995.5); 10,000 are worth 450,000p
    [InlineData(99999, 2, 7)]          // 0.1 × 45 + 0.1 × 25 = 7
    [InlineData(99900, 201, 703)]      // 10 × 45 + 10.1 × 25 = 702.5
    [InlineData(100000, 100, 250)]     // 10,000 earlier: all in the second band
    [InlineData(200000, 1, 3)]         // 0.1 × 25 = 2.5
    public void Mileage_is_charged_band_by_band_against_the_miles_already_claimed_this_tax_year(long earlierTenths, long tenths, long pence)
    {
        var earlier = new Dictionary<string, Miles> { ["mileage"] = new Miles(earlierTenths) };

        var priced = Price(TestClaim.For("social", 0, expenses: [TestClaim.CarMiles(tenths)], earlierMilesInTaxYear: earlier));

        var line = LineOf(priced, LineKind.Expense);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        Assert.Equal(new Quantity(tenths, 1), line.Quantity);
        Assert.Equal("miles", line.Unit);
        Assert.Empty(priced.Warnings);
    }

    [Fact]
    public void Mileage_across_a_band_says_how_much_is_at_each_rate()
    {
        var earlier = new Dictionary<string, Miles> { ["mileage"] = Miles.FromWhole(9995) };

        var priced = Price(TestClaim.For("social", 0, expenses: [TestClaim.CarMiles(100)], earlierMilesInTaxYear: earlier));

        Assert.Equal(
            "Car mileage: 5 miles at 45p a mile, then 5 miles at 25p a mile (the rate changes after 10,000 miles in a tax year)",
            LineOf(priced, LineKind.Expense).Description);
    }

    [Theory]
    [InlineData(124, "Car mileage: 12.4 miles at 45p a mile")]
    [InlineData(10, "Car mileage: 1 mile at 45p a mile")]
    [InlineData(1, "Car mileage: 0.1 miles at 45p a mile")]
    [InlineData(0, "Car mileage: 0 miles")]
    public void Mileage_in_one_band_says_the_miles_and_the_rate(long tenths, string description)
    {
        var priced = Price(TestClaim.OnlyExpenses(TestClaim.CarMiles(tenths)));

        Assert.Equal(description, LineOf(priced, LineKind.Expense).Description);
    }

    [Theory]
    [InlineData(0, 80, 50, 360, 225)]         // 8 × 45; 5 × 45
    [InlineData(99900, 80, 50, 360, 165)]     // 8 × 45; 2 × 45 + 3 × 25
    [InlineData(99900, 100, 50, 450, 125)]    // the first line fills the band; 5 × 25
    [InlineData(0, 1, 1, 5, 4)]               // the year's miles are rounded once: 0.1 is worth 4.5 (5), 0.2 is worth 9
    public void Mileage_lines_in_one_claim_count_against_the_same_tax_year_total(
        long earlierTenths, long firstTenths, long secondTenths, long firstPence, long secondPence)
    {
        var earlier = new Dictionary<string, Miles> { ["mileage"] = new Miles(earlierTenths) };

        var priced = Price(TestClaim.For("social", 0,
            expenses: [TestClaim.CarMiles(firstTenths), TestClaim.OnlineData(), TestClaim.CarMiles(secondTenths)],
            earlierMilesInTaxYear: earlier));

        var mileage = priced.Lines.Where(l => l.Code == "mileage").Select(l => l.Amount.Pence);
        Assert.Equal([firstPence, secondPence], mileage);
        Assert.Equal(Money.FromPence(firstPence + secondPence + 500), priced.Expenses);
    }

    [Fact]
    public void Miles_claimed_under_another_category_do_not_count_towards_the_band()
    {
        var earlier = new Dictionary<string, Miles> { ["motorcycle"] = Miles.FromWhole(20000) };

        var priced = Price(TestClaim.For("social", 0, expenses: [TestClaim.CarMiles(100)], earlierMilesInTaxYear: earlier));

        Assert.Equal(Money.FromPence(450), priced.Expenses);
    }

    // Van bands: 45p a mile up to 100 miles in the tax year, 35p up to 200, then 25p.
    [Theory]
    [InlineData(95, 110, 3850, "Van mileage: 5 miles at 45p a mile, then 100 miles at 35p a mile, then 5 miles at 25p a mile (the rate changes after 100 and 200 miles in a tax year)")]
    [InlineData(95, 10, 400, "Van mileage: 5 miles at 45p a mile, then 5 miles at 35p a mile (the rate changes after 100 miles in a tax year)")]
    [InlineData(195, 10, 300, "Van mileage: 5 miles at 35p a mile, then 5 miles at 25p a mile (the rate changes after 200 miles in a tax year)")]
    [InlineData(150, 10, 350, "Van mileage: 10 miles at 35p a mile")]
    [InlineData(0, 250, 9250, "Van mileage: 100 miles at 45p a mile, then 100 miles at 35p a mile, then 50 miles at 25p a mile (the rate changes after 100 and 200 miles in a tax year)")]
    public void Mileage_over_three_bands_names_the_limit_at_each_change_of_rate(long earlierMiles, long miles, long pence, string description)
    {
        var van = new Mileage("van", "Van mileage",
            [new MileageBand(100, Money.FromPence(45)), new MileageBand(200, Money.FromPence(35)), new MileageBand(null, Money.FromPence(25))]);
        var policy = TestPolicy.Like().With(van).Build();
        var earlier = new Dictionary<string, Miles> { ["van"] = Miles.FromWhole(earlierMiles) };

        var priced = ClaimPricer.Price(policy,
            TestClaim.For("social", 0, expenses: [new ExpenseToPrice("van", Miles: Miles.FromWhole(miles))], earlierMilesInTaxYear: earlier));

        var line = LineOf(priced, LineKind.Expense);
        Assert.Equal(Money.FromPence(pence), line.Amount);
        Assert.Equal(description, line.Description);
    }
}
