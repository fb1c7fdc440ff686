using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData(640, null, null)]
    [InlineData(640, true, null)]
    [InlineData(1000, null, null)]
    [InlineData(1000, false, null)]
    [InlineData(1001, null, WarningCode.ReceiptMissing)]
    [InlineData(1001, false, WarningCode.ReceiptMissing)]
    [InlineData(1001, true, null)]
    [InlineData(5000, false, WarningCode.ReceiptMissing)]
    [InlineData(5000, true, null)]
    public void An_actual_cost_is_paid_as_claimed_and_a_missing_receipt_over_the_threshold_is_only_a_warning(
        long pence, bool? hasReceipt, WarningCode? warning)
    {
        var priced = Price(TestClaim.OnlyExpenses(TestClaim.Fare(pence, hasReceipt)));

        Assert.Equal(Money.FromPence(pence), LineOf(priced, LineKind.Expense).Amount);
        Assert.Equal(Expected(warning), CodesOf(priced));
    }

    [Fact]
    public void A_missing_receipt_warning_names_the_threshold()
    {
        var priced = Price(TestClaim.OnlyExpenses(TestClaim.Fare(1001)));

        Assert.Equal(
            "Bus or train over £10 needs a receipt. Please keep your receipt or ticket. Staff will ask for it.",
            Assert.Single(priced.Warnings).Message);
    }

    [Theory]
    [InlineData(1, 1, null)]
    [InlineData(999, 999, null)]
    [InlineData(1000, 1000, null)]
    [InlineData(1001, 1000, WarningCode.ExpenseCapped)]
    [InlineData(2500, 1000, WarningCode.ExpenseCapped)]
    public void An_actual_cost_over_its_cap_is_lowered_to_the_cap_with_a_warning(long claimed, long paid, WarningCode? warning)
    {
        var priced = Price(TestClaim.OnlyExpenses(new ExpenseToPrice("meal", Money.FromPence(claimed))));

        Assert.Equal(Money.FromPence(paid), LineOf(priced, LineKind.Expense).Amount);
        Assert.Equal(Expected(warning), CodesOf(priced));
    }

    [Fact]
    public void A_capped_cost_says_what_was_claimed_and_what_is_paid()
    {
        var priced = Price(TestClaim.OnlyExpenses(new ExpenseToPrice("meal", Money.FromPence(1250))));

        Assert.Equal("Food and drink: £12.50 claimed, £10 is the most we pay", LineOf(priced, LineKind.Expense).Description);
        Assert.Equal("You claimed £12.50 for food and drink. The most we pay is £10. We will pay £10.", Assert.Single(priced.Warnings).Message);
    }

    [Theory]
    [InlineData(2000, null)]
    [InlineData(2000, true)]
    [InlineData(1, false)]
    public void An_actual_cost_needing_pre_approval_is_paid_with_a_warning_for_the_approver(long pence, bool? hasReceipt)
    {
        var priced = Price(TestClaim.OnlyExpenses(new ExpenseToPrice("taxi", Money.FromPence(pence), HasReceipt: hasReceipt)));

        Assert.Equal(Money.FromPence(pence), LineOf(priced, LineKind.Expense).Amount);
        Assert.Equal([WarningCode.NeedsPreApproval], CodesOf(priced));
    }
}
