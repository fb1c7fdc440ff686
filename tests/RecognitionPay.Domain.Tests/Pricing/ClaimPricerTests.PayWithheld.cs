using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    // A meeting of 90 minutes (3750p), 60 minutes' preparation (2500p) and 60 minutes' travel (2500p),
    // with a 640p fare and the 500p flat data amount.
    private static ClaimToPrice MeetingWithEverything(Recognition recognition = Recognition.Payment, bool eligible = true) =>
        TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60,
            expenses: [TestClaim.Fare(640, hasReceipt: true), TestClaim.OnlineData()],
            recognition: recognition, eligibleForPayment: eligible);

    [Theory]
    [InlineData(Recognition.Payment)]
    [InlineData(Recognition.Voucher)]
    public void A_person_who_is_paid_gets_pay_for_their_time_and_their_expenses(Recognition recognition)
    {
        var priced = Price(MeetingWithEverything(recognition));

        Assert.Equal(Money.FromPence(3750), priced.Involvement);
        Assert.Equal(Money.FromPence(2500), priced.Prep);
        Assert.Equal(Money.FromPence(2500), priced.Travel);
        Assert.Equal(Money.FromPence(1140), priced.Expenses);
        Assert.Equal(Money.FromPence(9890), priced.Total);
        Assert.Empty(priced.Warnings);
    }

    [Theory]
    [InlineData(false, Recognition.Payment, WarningCode.NotEligible, "not paid: you cannot get involvement payments")]
    [InlineData(false, Recognition.Decline, WarningCode.NotEligible, "not paid: you cannot get involvement payments")]
    [InlineData(true, Recognition.Decline, WarningCode.Declined, "not paid: you chose not to be paid")]
    public void Pay_for_time_withheld_still_reimburses_expenses(bool eligible, Recognition recognition, WarningCode warning, string reason)
    {
        var priced = Price(MeetingWithEverything(recognition, eligible));

        Assert.Equal(Money.Zero, priced.Involvement);
        Assert.Equal(Money.Zero, priced.Prep);
        Assert.Equal(Money.Zero, priced.Travel);
        Assert.Equal(Money.Zero, priced.Pay);
        Assert.Equal(Money.FromPence(1140), priced.Expenses);
        Assert.Equal(Money.FromPence(1140), priced.Total);
        Assert.Equal([warning], CodesOf(priced));
        Assert.All(priced.Lines.Where(l => l.Kind != LineKind.Expense), l => Assert.EndsWith($"({reason})", l.Description, StringComparison.Ordinal));
        Assert.Equal(
            [LineKind.Involvement, LineKind.Prep, LineKind.Travel, LineKind.Expense, LineKind.Expense],
            priced.Lines.Select(l => l.Kind));
    }

    [Theory]
    [InlineData(false, Recognition.Payment, WarningCode.NotEligible)]
    [InlineData(true, Recognition.Decline, WarningCode.Declined)]
    public void Withheld_pay_still_warns_about_limits_and_expenses(bool eligible, Recognition recognition, WarningCode warning)
    {
        var priced = Price(TestClaim.For("meeting", 600, prepMinutes: 180, travelMinutes: 180,
            expenses: [new ExpenseToPrice("meal", Money.FromPence(1500))], recognition: recognition, eligibleForPayment: eligible));

        Assert.Equal(Money.FromPence(1000), priced.Total);
        Assert.Equal(
            [warning, WarningCode.AttendanceOverMaximum, WarningCode.PrepOverLimit, WarningCode.TravelOverLimit, WarningCode.ExpenseCapped],
            CodesOf(priced));
    }

    [Fact]
    public void A_person_not_eligible_is_told_why_in_plain_words()
    {
        var priced = Price(MeetingWithEverything(eligible: false));

        Assert.Equal(
            "You will not be paid for your time on this claim. This is because you cannot get involvement payments, for example when your employer pays you to take part. Your expenses will still be paid.",
            Assert.Single(priced.Warnings).Message);
    }
}
