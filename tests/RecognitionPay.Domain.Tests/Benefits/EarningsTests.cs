using NodaTime;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Domain.Tests.Benefits;

/// <summary>Running totals as a run reads them back: at the version stored, with the days loaded.</summary>
public sealed class EarningsTests
{
    private static readonly PersonId Person = PersonId.New();

    private static readonly LocalDate Friday = new(2026, 12, 4);

    [Fact]
    public void Stored_totals_keep_their_version_and_count_their_days()
    {
        var earnings = Earnings.Stored(Person, 7, [new EarningsDay(Person, Friday, Money.FromPence(4200)), new EarningsDay(Person, Friday.PlusDays(3), Money.FromPence(800))]);

        Assert.Equal(7, earnings.Version);
        Assert.Equal(Money.FromPence(5000), earnings.CountedIn(new DateInterval(Friday, Friday.PlusDays(6))));
        Assert.Equal(Money.FromPence(4200), earnings.CountedIn(new DateInterval(Friday, Friday)));
    }

    [Fact]
    public void Counting_pay_on_stored_totals_moves_their_version_on()
    {
        var earnings = Earnings.Stored(Person, 7, [new EarningsDay(Person, Friday, Money.FromPence(4200))]);

        earnings.Count(Friday, Money.FromPence(300));

        Assert.Equal(8, earnings.Version);
        Assert.Equal(Money.FromPence(4500), earnings.CountedIn(new DateInterval(Friday, Friday)));
    }
}
