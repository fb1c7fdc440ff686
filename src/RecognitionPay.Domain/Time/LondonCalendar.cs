using NodaTime;

namespace RecognitionPay.Domain.Time;

/// <summary>UK dates: "today", tax years and benefit periods are all reckoned in Europe/London, defined here once.</summary>
public static class LondonCalendar
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>The same zone for libraries that take the BCL's type (cron schedules, Hangfire).</summary>
    public static readonly TimeZoneInfo SystemZone = TimeZoneInfo.FindSystemTimeZoneById(Zone.Id);

    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;
}
