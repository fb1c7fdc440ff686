using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Pricing.Expenses;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    /// <summary>Food and drink as the Scottish Government caps it: up to £4.90 over 5 hours away, £10.70 over 10.</summary>
    private static readonly RecognitionPolicy WithSubsistence = TestPolicy.Like()
        .With(new ActualCost("subsistence", "Food and drink", Cap: null, ReceiptRequiredOver: null, NeedsPreApproval: false,
            CapsByTimeAway: [new TimeAwayCap(300, Money.FromPence(490)), new TimeAwayCap(600, Money.FromPence(1070))]))
        .With(new ActualCost("snacks", "Snacks", Cap: Money.FromPence(800), ReceiptRequiredOver: null, NeedsPreApproval: false,
            CapsByTimeAway: [new TimeAwayCap(300, Money.FromPence(490)), new TimeAwayCap(600, Money.FromPence(1070))]))
        .Build();

    private static PricedClaim AwayFor(int attended, int travel, string code, long claimed) => ClaimPricer.Price(
        WithSubsistence,
        TestClaim.For("social", attended, travelMinutes: travel, expenses: [new ExpenseToPrice(code, Money.FromPence(claimed))]));

    // Time away is attended + travel minutes as claimed (travel is not paid for a social event, but it is time away);
    // a band applies once the time away is over its minutes.
    [Theory]
    [InlineData(240, 0, 800, 0, WarningCode.NotAwayLongEnough)]      // 4 hours: nothing
    [InlineData(240, 60, 800, 0, WarningCode.NotAwayLongEnough)]     // exactly 5 hours is not over 5 hours
    [InlineData(240, 61, 800, 490, WarningCode.ExpenseCapped)]       // just over 5 hours: up to £4.90
    [InlineData(300, 1, 300, 300, null)]                             // under the cap: as spent
    [InlineData(540, 60, 1500, 490, WarningCode.ExpenseCapped)]      // exactly 10 hours is still the 5-hour band
    [InlineData(540, 61, 1500, 1070, WarningCode.ExpenseCapped)]     // over 10 hours: up to £10.70
    [InlineData(700, 0, 1070, 1070, null)]
    public void Food_and_drink_is_capped_by_the_time_away(int attended, int travel, long claimed, long paid, WarningCode? warning)
    {
        var priced = AwayFor(attended, travel, "subsistence", claimed);

        Assert.Equal(Money.FromPence(paid), LineOf(priced, LineKind.Expense).Amount);
        Assert.Equal(Expected(warning), CodesOf(priced).Where(c => c != WarningCode.TravelNotPaid));
    }

    [Fact]
    public void Under_the_first_band_nothing_is_paid_and_the_warning_names_the_time_needed()
    {
        var priced = AwayFor(180, 60, "subsistence", 800);

        Assert.Equal("Food and drink: £8 claimed, paid only when you are away more than 5 hours", LineOf(priced, LineKind.Expense).Description);
        Assert.Equal(
            "We pay for food and drink when you are away more than 5 hours. You were away 4 hours. We cannot pay the £8 you claimed.",
            Assert.Single(priced.Warnings, w => w.Code == WarningCode.NotAwayLongEnough).Message);
        Assert.Equal(Money.Zero, priced.Expenses);
    }

    [Fact]
    public void A_cap_by_time_away_says_which_time_away_it_is_for()
    {
        var priced = AwayFor(360, 0, "subsistence", 800);

        Assert.Equal("Food and drink: £8 claimed, £4.90 is the most we pay when you are away more than 5 hours", LineOf(priced, LineKind.Expense).Description);
        Assert.Equal(
            "You claimed £8 for food and drink. The most we pay when you are away more than 5 hours is £4.90. We will pay £4.90.",
            Assert.Single(priced.Warnings, w => w.Code == WarningCode.ExpenseCapped).Message);
    }

    [Theory]
    [InlineData(360, 1000, 490)]    // the 5-hour band is lower than the category's own cap
    [InlineData(660, 1500, 800)]    // the category's own cap is lower than the 10-hour band
    public void With_a_cap_of_its_own_as_well_the_lower_cap_applies(int attended, long claimed, long paid)
    {
        var priced = AwayFor(attended, 0, "snacks", claimed);

        Assert.Equal(Money.FromPence(paid), LineOf(priced, LineKind.Expense).Amount);
    }

    [Fact]
    public void Caps_by_time_away_must_rise() => Assert.Throws<ArgumentException>(() => new ActualCost(
        "meal", "Food and drink", null, null, false, [new TimeAwayCap(600, Money.FromPence(1070)), new TimeAwayCap(300, Money.FromPence(490))]));
}
