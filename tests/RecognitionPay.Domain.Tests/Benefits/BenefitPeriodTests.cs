using NodaTime;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Domain.Tests.Benefits;

/// <summary>Benefit weeks from a declared weekday, assessment months from a declared day, and tax years from 6 April.</summary>
public sealed class BenefitPeriodTests
{
    private static LocalDate D(string iso) => LocalDate.FromDateTime(DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-11-30", "2026-11-30", "2026-12-06")] // a Monday starts its own week
    [InlineData("2026-12-06", "2026-11-30", "2026-12-06")] // a Sunday ends it
    [InlineData("2026-12-01", "2026-11-30", "2026-12-06")]
    public void A_week_starts_on_Monday_when_no_start_is_declared(string date, string start, string end)
    {
        Assert.Equal(new DateInterval(D(start), D(end)), BenefitPeriod.Containing(BenefitPeriodKind.Week, null, D(date)));
    }

    [Theory]
    [InlineData("2026-12-03", "2026-12-03", "2026-12-09")] // the declared Thursday itself
    [InlineData("2026-12-02", "2026-11-26", "2026-12-02")] // the Wednesday before belongs to the week before
    [InlineData("2027-01-01", "2026-12-31", "2027-01-06")] // weeks run across a new year
    public void A_week_starts_on_the_weekday_of_the_declared_start(string date, string start, string end)
    {
        var declared = D("2025-01-02"); // a Thursday, long ago

        Assert.Equal(new DateInterval(D(start), D(end)), BenefitPeriod.Containing(BenefitPeriodKind.Week, declared, D(date)));
    }

    [Theory]
    [InlineData("2026-03-29")] // clocks go forward in London
    [InlineData("2026-10-25")] // clocks go back
    public void Clocks_changing_make_no_difference_to_a_week(string date)
    {
        var week = BenefitPeriod.Containing(BenefitPeriodKind.Week, null, D(date))!;

        Assert.Equal(7, week.Length);
        Assert.Equal(IsoDayOfWeek.Monday, week.Start.DayOfWeek);
    }

    [Theory]
    [InlineData(15, "2026-11-24", "2026-11-15", "2026-12-14")]
    [InlineData(15, "2026-11-14", "2026-10-15", "2026-11-14")]
    [InlineData(1, "2026-02-28", "2026-02-01", "2026-02-28")]
    [InlineData(31, "2026-01-31", "2026-01-31", "2026-02-27")] // February has no 31st: its period starts on the 28th
    [InlineData(31, "2026-02-28", "2026-02-28", "2026-03-30")]
    [InlineData(31, "2026-03-30", "2026-02-28", "2026-03-30")]
    [InlineData(31, "2026-04-30", "2026-04-30", "2026-05-30")] // April has 30 days
    [InlineData(30, "2028-02-29", "2028-02-29", "2028-03-29")] // a leap year's February ends on the 29th
    [InlineData(29, "2027-02-28", "2027-02-28", "2027-03-28")] // and a common year's on the 28th
    [InlineData(29, "2027-02-27", "2027-01-29", "2027-02-27")]
    public void An_assessment_month_starts_on_the_declared_day_or_the_last_day_of_a_shorter_month(int day, string date, string start, string end)
    {
        var declared = new LocalDate(2025, 1, day);

        Assert.Equal(new DateInterval(D(start), D(end)), BenefitPeriod.Containing(BenefitPeriodKind.AssessmentMonth, declared, D(date)));
    }

    [Fact]
    public void Assessment_months_follow_each_other_without_gaps_or_overlaps()
    {
        foreach (var day in Enumerable.Range(1, 31))
        {
            var period = BenefitPeriod.AssessmentMonthContaining(day, new LocalDate(2025, 1, 1));
            for (var i = 0; i < 40; i++)
            {
                var next = BenefitPeriod.AssessmentMonthContaining(day, period.End.PlusDays(1));
                Assert.Equal(period.End.PlusDays(1), next.Start);
                Assert.InRange(next.Length, 28, 31);
                period = next;
            }
        }
    }

    [Fact]
    public void A_benefit_without_periods_has_none()
    {
        Assert.Null(BenefitPeriod.Containing(BenefitPeriodKind.None, D("2026-01-01"), D("2026-11-24")));
    }

    [Theory]
    [InlineData("2026-04-05", 2025)]
    [InlineData("2026-04-06", 2026)]
    [InlineData("2027-04-05", 2026)]
    [InlineData("2026-03-29", 2025)] // the day the clocks change is still in the year it falls in
    public void A_tax_year_turns_on_6_April(string date, int startYear)
    {
        Assert.Equal(new TaxYear(startYear), TaxYear.Containing(D(date)));
    }
}
