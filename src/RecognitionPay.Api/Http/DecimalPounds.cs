using System.Globalization;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Http;

/// <summary>Pence written as pounds with two decimal places, by integer arithmetic: 1234 → "12.34", -5 → "-0.05".</summary>
internal static class DecimalPounds
{
    public static string Format(Money amount)
    {
        var sign = amount.IsNegative ? "-" : "";
        var magnitude = Math.Abs(amount.Pence);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / 100}.{magnitude % 100:00}");
    }
}
