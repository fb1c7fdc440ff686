using System.Globalization;
using NodaTime;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Api.PageParts;

/// <summary>Dates and amounts as the easy-read pages write them: "Friday 11 December 2026", "£24.50".</summary>
public static class EasyWords
{
    public static string Day(LocalDate date) => PeriodWording.Day(date);

    public static string Pounds(long pence) => Pounds(Money.FromPence(pence));

    public static string Pounds(Money amount) => string.Create(CultureInfo.InvariantCulture, $"£{amount.Pence / 100:#,0}.{Math.Abs(amount.Pence % 100):00}");

    /// <summary>"1 hour and 30 minutes", "45 minutes", "2 hours".</summary>
    public static string Time(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var h = hours == 1 ? "1 hour" : $"{hours} hours";
        var m = rest == 1 ? "1 minute" : $"{rest} minutes";
        return hours == 0 ? m : rest == 0 ? h : $"{h} and {m}";
    }
}
