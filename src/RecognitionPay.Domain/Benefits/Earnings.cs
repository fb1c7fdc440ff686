using NodaTime;

namespace RecognitionPay.Domain.Benefits;

/// <summary>
/// A person's running totals of involvement pay by payment date: what DWP counts as earned on each day a run pays
/// them. A period's total is the sum of the days in it (at most 31), so a cap check costs the same however long the
/// person's history is, and a benefit declared with a new start day still sees every day already counted. Every
/// change moves <see cref="Version"/> on, so two runs can never count against the same room at once.
/// </summary>
public sealed class Earnings
{
    private readonly List<EarningsDay> _days = [];

    private Earnings()
    {
    }

    public PersonId PersonId { get; private set; }

    public long Version { get; private set; }

    /// <summary>The days loaded: a run loads only the days near its payment date.</summary>
    public IReadOnlyList<EarningsDay> Days => _days;

    public static Earnings For(PersonId personId) => new() { PersonId = personId };

    public static Earnings Of(PersonId personId, IEnumerable<EarningsDay> days)
    {
        var earnings = For(personId);
        earnings._days.AddRange(days);
        return earnings;
    }

    /// <summary>Running totals as stored at <paramref name="version"/>, with the days loaded of them.</summary>
    public static Earnings Stored(PersonId personId, long version, IEnumerable<EarningsDay> days)
    {
        var earnings = Of(personId, days);
        earnings.Version = version;
        return earnings;
    }

    /// <summary>The days a run must see to check every period that contains its payment date.</summary>
    public static DateInterval WindowAround(LocalDate paymentDate) => new(paymentDate.PlusDays(-31), paymentDate.PlusDays(31));

    /// <summary>Pay counted on the days of <paramref name="period"/>.</summary>
    public Money CountedIn(DateInterval period) =>
        _days.Where(d => period.Contains(d.Date)).Aggregate(Money.Zero, (sum, d) => sum + d.Pay);

    /// <summary>A run pays <paramref name="pay"/> on <paramref name="date"/> (nothing, when everything was held back).</summary>
    public void Count(LocalDate date, Money pay) => Change(date, pay);

    /// <summary>A payment failed: its pay was never received, so it no longer counts.</summary>
    public void Uncount(LocalDate date, Money pay) => Change(date, -pay);

    private void Change(LocalDate date, Money pay)
    {
        if (!pay.IsZero)
        {
            var day = _days.SingleOrDefault(d => d.Date == date);
            if (day is null)
            {
                day = new EarningsDay(PersonId, date, Money.Zero);
                _days.Add(day);
            }

            day.Add(pay);
        }

        Version++;
    }
}

/// <summary>Involvement pay counted for one person on one payment date.</summary>
public sealed class EarningsDay
{
    public EarningsDay(PersonId personId, LocalDate date, Money pay)
    {
        (PersonId, Date, Pay) = (personId, date, pay);
    }

    private EarningsDay()
    {
    }

    public PersonId PersonId { get; private set; }

    public LocalDate Date { get; private set; }

    public Money Pay { get; private set; }

    internal void Add(Money pay) => Pay += pay;
}
