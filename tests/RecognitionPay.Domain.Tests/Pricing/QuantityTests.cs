using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(90, 0, "90")]
    [InlineData(124, 1, "12.4")]
    [InlineData(100, 1, "10")]
    [InlineData(1, 1, "0.1")]
    [InlineData(150, 2, "1.5")]
    [InlineData(33, 2, "0.33")]
    [InlineData(100000, 1, "10,000")]
    public void A_quantity_reads_without_trailing_zeros(long units, int decimalPlaces, string text)
    {
        Assert.Equal(text, new Quantity(units, decimalPlaces).ToString());
    }
}
