using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(500L, null)]
    [InlineData(300L, WarningCode.FlatAmountPaid)]
    [InlineData(800L, WarningCode.FlatAmountPaid)]
    [InlineData(0L, WarningCode.FlatAmountPaid)]
    public void A_flat_amount_is_paid_whatever_is_claimed(long? claimed, WarningCode? warning)
    {
        var priced = Price(TestClaim.OnlyExpenses(TestClaim.OnlineData(claimed)));

        var line = LineOf(priced, LineKind.Expense);
        Assert.Equal(Money.FromPence(500), line.Amount);
        Assert.Equal("Phone or internet data: a set £5", line.Description);
        Assert.Equal(Expected(warning), CodesOf(priced));
    }
}
