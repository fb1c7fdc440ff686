using NodaTime;
using RecognitionPay.Api.Features.PaymentRuns.Files;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

public sealed class PaymentReferenceTests
{
    [Theory]
    [InlineData(2026, 3, 12, "RecognitionPay 12 Mar")]
    [InlineData(2026, 12, 4, "RecognitionPay 4 Dec")]
    [InlineData(2026, 9, 30, "RecognitionPay 30 Sep")]
    public void A_payee_recognises_the_payment_by_who_paid_and_when(int year, int month, int day, string reference) =>
        Assert.Equal(reference, PaymentReference.For(new LocalDate(year, month, day)));

    [Theory]
    [InlineData(2026, 3, 12, "RECOGNITION 12 MAR")]
    [InlineData(2026, 12, 4, "RECOGNITION 4 DEC")]
    public void The_Bacs_reference_says_the_same_in_18_upper_case_characters(int year, int month, int day, string reference)
    {
        var bacs = PaymentReference.ForBacs(new LocalDate(year, month, day));

        Assert.Equal(reference, bacs);
        Assert.True(bacs.Length <= 18);
    }
}
