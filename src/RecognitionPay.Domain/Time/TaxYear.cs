using NodaTime;

namespace RecognitionPay.Domain.Time;

/// <summary>A UK tax year, 6 April to 5 April, named by the calendar year it starts in.</summary>
public readonly record struct TaxYear
{
    public TaxYear(int startYear)
    {
        if (startYear is < 1990 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "A tax year must start between 1990 and 2200.");
        }

        StartYear = startYear;
    }

    public int StartYear { get; }

    public LocalDate FirstDay => new(StartYear, 4, 6);

    public LocalDate LastDay => new(StartYear + 1, 4, 5);

    public static TaxYear Containing(LocalDate date) =>
        new(date < new LocalDate(date.Year, 4, 6) ? date.Year - 1 : date.Year);

    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;

    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:00}";
}
