using RecognitionPay.Api.Features.PaymentRuns.Files;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

public sealed class OriginatorTests
{
    [Fact]
    public void The_council_account_is_kept_as_digits_and_a_trimmed_name()
    {
        var originator = new Originator(" Example Borough Council ", "40-11-62", "3192 6819");

        Assert.Equal(("Example Borough Council", "401162", "31926819"), (originator.Name, originator.SortCode, originator.AccountNumber));
    }

    [Theory]
    [InlineData(" ", "401162", "31926819")]
    [InlineData("Council", "40116", "31926819")]
    [InlineData("Council", "40-11-6A", "31926819")]
    [InlineData("Council", "401162", "3192681")]
    [InlineData("Council", "401162", "319268190")]
    public void A_blank_name_or_a_malformed_sort_code_or_account_number_is_refused(string name, string sortCode, string accountNumber) =>
        Assert.Throws<ArgumentException>(() => new Originator(name, sortCode, accountNumber));
}
