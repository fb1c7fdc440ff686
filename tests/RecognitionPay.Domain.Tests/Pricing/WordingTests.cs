using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed class WordingTests
{
    [Theory]
    [InlineData(0, "0 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(45, "45 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(61, "1 hour 1 minute")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(120, "2 hours")]
    [InlineData(135, "2 hours 15 minutes")]
    [InlineData(480, "8 hours")]
    public void A_duration_reads_in_hours_and_minutes(int minutes, string words)
    {
        Assert.Equal(words, Wording.Duration(minutes));
    }

    [Theory]
    [InlineData(2500, "£25 an hour")]
    [InlineData(2550, "£25.50 an hour")]
    public void A_rate_reads_as_pounds_an_hour(long pence, string words)
    {
        Assert.Equal(words, Wording.PerHour(Money.FromPence(pence)));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "100" }, "100")]
    [InlineData(new[] { "100", "200" }, "100 and 200")]
    [InlineData(new[] { "100", "200", "300" }, "100, 200 and 300")]
    public void A_list_reads_with_and_before_its_last_item(string[] items, string words)
    {
        Assert.Equal(words, Wording.List(items));
    }
}
