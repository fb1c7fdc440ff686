using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>The reference a payee sees on their bank statement: who paid them, and for which run.</summary>
public static class PaymentReference
{
    private static readonly LocalDatePattern DayAndMonth = LocalDatePattern.Create("d MMM", CultureInfo.InvariantCulture);

    /// <summary>"RecognitionPay 12 Mar".</summary>
    public static string For(LocalDate paymentDate) => $"RecognitionPay {DayAndMonth.Format(paymentDate)}";

    /// <summary>"RECOGNITION 12 MAR": the same reference within Bacs' 18 characters and its upper-case alphabet.</summary>
    public static string ForBacs(LocalDate paymentDate) => $"RECOGNITION {DayAndMonth.Format(paymentDate).ToUpperInvariant()}";
}
