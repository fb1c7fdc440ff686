using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Domain.Tests.Time;

/// <summary>
/// England and Wales working days, with the bank holidays the service really uses: policies/calendars/bank-holidays.json
/// in GOV.UK's shape, read as ImportBankHolidays reads it (the england-and-wales division only). One concern per partial
/// file: which days are working days, and the next working day on or after a date.
/// </summary>
public sealed partial class WorkingDayCalendarTests
{
    private static readonly IReadOnlyList<LocalDate> BankHolidays = ReadBankHolidays();

    private static readonly WorkingDayCalendar Calendar = new(BankHolidays);

    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    private static IReadOnlyList<LocalDate> ReadBankHolidays()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "policies", "calendars", "bank-holidays.json")));
        return [.. json.RootElement.GetProperty("england-and-wales").GetProperty("events").EnumerateArray()
            .Select(e => Date(e.GetProperty("date").GetString()!))];
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RecognitionPay.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: RecognitionPay.sln was not found above them.");
    }

    [Fact]
    public void The_calendar_file_lists_bank_holidays_from_2024_to_2028_once_each()
    {
        Assert.Equal(BankHolidays.Count, BankHolidays.Distinct().Count());
        Assert.Equal(Enumerable.Range(2024, 5), BankHolidays.Select(d => d.Year).Distinct().Order());
        Assert.All(BankHolidays, d => Assert.True(Calendar.IsBankHoliday(d)));
    }

    [Fact]
    public void Without_bank_holidays_only_weekends_are_not_working_days()
    {
        var noHolidays = new WorkingDayCalendar([]);

        Assert.True(noHolidays.IsWorkingDay(Date("2026-12-25")));
        Assert.False(noHolidays.IsBankHoliday(Date("2026-12-25")));
        Assert.False(noHolidays.IsWorkingDay(Date("2026-12-26")));
        Assert.Equal(Date("2026-12-28"), noHolidays.OnOrAfter(Date("2026-12-26")));
    }
}
