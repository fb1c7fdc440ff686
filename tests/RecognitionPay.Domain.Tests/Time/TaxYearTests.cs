using NodaTime;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Domain.Tests.Time;

public sealed class TaxYearTests
{
    [Theory]
    [InlineData(2025, 4, 5, 2024)]
    [InlineData(2025, 4, 6, 2025)]
    [InlineData(2025, 12, 31, 2025)]
    [InlineData(2026, 1, 1, 2025)]
    [InlineData(2026, 4, 5, 2025)]
    [InlineData(2026, 4, 6, 2026)]
    [InlineData(2024, 2, 29, 2023)]
    [InlineData(2024, 4, 1, 2023)]
    public void A_tax_year_runs_from_6_April_to_5_April(int year, int month, int day, int startYear)
    {
        var date = new LocalDate(year, month, day);

        var taxYear = TaxYear.Containing(date);

        Assert.Equal(new TaxYear(startYear), taxYear);
        Assert.True(taxYear.Contains(date));
    }

    [Fact]
    public void A_tax_year_knows_its_first_and_last_day()
    {
        var taxYear = new TaxYear(2025);

        Assert.Equal(new LocalDate(2025, 4, 6), taxYear.FirstDay);
        Assert.Equal(new LocalDate(2026, 4, 5), taxYear.LastDay);
        Assert.False(taxYear.Contains(new LocalDate(2025, 4, 5)));
        Assert.False(taxYear.Contains(new LocalDate(2026, 4, 6)));
    }

    [Theory]
    [InlineData(2025, "2025/26")]
    [InlineData(1999, "1999/00")]
    public void A_tax_year_is_named_by_its_years(int startYear, string name)
    {
        Assert.Equal(name, new TaxYear(startYear).ToString());
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2201)]
    public void A_tax_year_far_outside_the_service_is_refused(int startYear)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TaxYear(startYear));
    }
}
