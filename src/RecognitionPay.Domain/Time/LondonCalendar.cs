using NodaTime;

namespace RecognitionPay.Domain.Time;

/// <summary>UK dates: "today", tax years and benefit periods are all reckoned in Europe/London.</summary>
public static class LondonCalendar
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;
}
