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

    /// <summary>"£24.50", "-£3.00" for an amount below zero (a credit balance).</summary>
    public static string Pounds(Money amount)
    {
        var pence = Math.Abs(amount.Pence);
        return string.Create(CultureInfo.InvariantCulture, $"{(amount.Pence < 0 ? "-" : "")}£{pence / 100:#,0}.{pence % 100:00}");
    }

    /// <summary>An instant as a UK clock showed it: "Tuesday 24 November 2026 at 12:00".</summary>
    public static string Moment(Instant at)
    {
        var local = at.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).LocalDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{Day(local.Date)} at {local.Hour:00}:{local.Minute:00}");
    }

    /// <summary>"1 hour and 30 minutes", "45 minutes", "2 hours".</summary>
    public static string Time(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var h = hours == 1 ? "1 hour" : $"{hours} hours";
        var m = rest == 1 ? "1 minute" : $"{rest} minutes";
        return hours == 0 ? m : rest == 0 ? h : $"{h} and {m}";
    }
}
