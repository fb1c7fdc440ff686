using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    public static TheoryData<ClaimToPrice, long> ClaimsWithTotals() => new()
    {
        // 3750 + 2500 + 2500 + 558 (12.4 miles) + 640 + 500
        {
            TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60,
                expenses: [TestClaim.CarMiles(124), TestClaim.Fare(640, hasReceipt: true), TestClaim.OnlineData()]),
            10448
        },
        // 20000 (8 hours, the maximum) + 5000 (prep max) + 5000 (travel max) + 1000 (meal cap) + 2250 (1.5 h care)
        {
            TestClaim.For("meeting", 600, prepMinutes: 300, travelMinutes: 300,
                expenses: [new ExpenseToPrice("meal", Money.FromPence(1800)), new ExpenseToPrice("carer-cover", Money.FromPence(3000), Hours: new Hours(150))]),
            33250
        },
        // 15000 (a day) + 350 (5 × 45 + 5 × 25) + 2000 taxi
        {
            TestClaim.For("workshop", 300, expenses: [TestClaim.CarMiles(100), new ExpenseToPrice("taxi", Money.FromPence(2000))],
                earlierMilesInTaxYear: new Dictionary<string, Miles> { ["mileage"] = Miles.FromWhole(9995) }),
            17350
        },
        { TestClaim.For("survey", 0), 1000 },
        { TestClaim.For("social", 120, expenses: [TestClaim.OnlineData(700)]), 500 },
        { TestClaim.For("meeting", 90, prepMinutes: 60, expenses: [TestClaim.Fare(640)], eligibleForPayment: false), 640 },
    };

    [Theory]
    [MemberData(nameof(ClaimsWithTotals))]
    public void The_total_is_the_sum_of_the_lines_and_of_the_four_parts(ClaimToPrice claim, long total)
    {
        var priced = Price(claim);

        Assert.Equal(Money.FromPence(total), priced.Total);
        Assert.Equal(priced.Total.Pence, priced.Lines.Sum(l => l.Amount.Pence));
        Assert.Equal(priced.Total, priced.Involvement + priced.Prep + priced.Travel + priced.Expenses);
        Assert.Equal(priced.Pay, priced.Involvement + priced.Prep + priced.Travel);
        Assert.Equal(priced.Total, priced.Pay + priced.Expenses);
        Assert.Equal(Example.Version, priced.PolicyVersion);
    }

    [Theory]
    [MemberData(nameof(ClaimsWithTotals))]
    public void Pricing_the_same_claim_twice_gives_the_same_lines_and_warnings(ClaimToPrice claim, long total)
    {
        var first = Price(claim);
        var second = Price(claim);

        Assert.Equal(first.Lines, second.Lines);
        Assert.Equal(first.Warnings, second.Warnings);
        Assert.Equal(Money.FromPence(total), second.Total);
    }

    [Fact]
    public void Pricing_does_not_change_the_miles_the_claim_was_given()
    {
        var earlier = new Dictionary<string, Miles> { ["mileage"] = Miles.FromWhole(9995) };
        var claim = TestClaim.For("social", 0, expenses: [TestClaim.CarMiles(100)], earlierMilesInTaxYear: earlier);

        Price(claim);

        Assert.Equal(Miles.FromWhole(9995), claim.Context.EarlierMilesInTaxYear["mileage"]);
        Assert.Equal(Money.FromPence(350), Price(claim).Expenses);
    }
}
