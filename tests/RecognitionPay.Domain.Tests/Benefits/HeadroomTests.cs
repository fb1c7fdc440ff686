using NodaTime;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Tests.Benefits;

/// <summary>The room a person's benefits leave on a payment date: the smallest across benefits, in each one's period.</summary>
public sealed class HeadroomTests
{
    internal static readonly BenefitRule Esa = new("esa-permitted-work", "ESA permitted work", BenefitPeriodKind.Week,
        [new StatutoryLimit(new LocalDate(2025, 4, 7), Money.FromPence(19550)), new StatutoryLimit(new LocalDate(2026, 4, 6), Money.FromPence(20350))],
        weeklyHoursUnder: 16);

    internal static readonly BenefitRule Pip = new("pip", "Personal Independence Payment", BenefitPeriodKind.None, [], weeklyHoursUnder: null);

    internal static readonly RecognitionPolicy Policy = TestPolicy.Like().With(Esa).With(Pip).Build();

    private static readonly PersonId Person = PersonId.New();

    private static readonly LocalDate Tuesday = new(2026, 12, 1);

    private static Earnings Counted(params (LocalDate Day, long Pence)[] days) =>
        Earnings.Of(Person, days.Select(d => new EarningsDay(Person, d.Day, Money.FromPence(d.Pence))));

    [Fact]
    public void Nobody_who_declared_no_benefit_is_capped()
    {
        var headroom = Headroom.For(Policy, [], Tuesday, Counted());

        Assert.Null(headroom.Room);
        Assert.Null(headroom.Binding);
    }

    [Fact]
    public void The_room_is_the_limit_less_what_the_period_already_counts()
    {
        var headroom = Headroom.For(Policy, [new BenefitDeclaration("carers-allowance", null, null)], Tuesday,
            Counted((new LocalDate(2026, 11, 30), 5000), (new LocalDate(2026, 12, 6), 1000), (new LocalDate(2026, 11, 29), 9999)));

        Assert.Equal(Money.FromPence(19600 - 6000), headroom.Room);
    }

    [Fact]
    public void The_smallest_room_across_several_benefits_applies()
    {
        var headroom = Headroom.For(Policy,
            [
                new BenefitDeclaration("carers-allowance", null, null),
                new BenefitDeclaration("esa-permitted-work", new LocalDate(2026, 11, 26), null),
                new BenefitDeclaration("universal-credit", new LocalDate(2026, 1, 15), null),
            ],
            Tuesday,
            Counted((new LocalDate(2026, 11, 27), 10000)));

        // ESA's week (Thursday 26 Nov to Wednesday 2 Dec) counts the 27th; Carer's Allowance's (Monday 30 Nov on) does not.
        Assert.Equal(Money.FromPence(20350 - 10000), headroom.Room);
        Assert.Equal("esa-permitted-work", headroom.Binding!.Rule.Kind);
        Assert.Equal(3, headroom.Limits.Count);
    }

    [Fact]
    public void A_personal_limit_lower_than_the_statutory_one_applies()
    {
        var headroom = Headroom.For(Policy, [new BenefitDeclaration("carers-allowance", null, Money.FromPence(5000))], Tuesday, Counted());

        Assert.Equal(Money.FromPence(5000), headroom.Room);
    }

    [Fact]
    public void The_statutory_limit_is_the_one_in_force_when_the_period_starts()
    {
        // The week of Sunday 5 April 2026 starts before the ESA limit rises on Monday 6 April.
        var headroom = Headroom.For(Policy, [new BenefitDeclaration("esa-permitted-work", new LocalDate(2026, 4, 5), null)], new LocalDate(2026, 4, 8), Counted());

        Assert.Equal(Money.FromPence(19550), headroom.Room);
    }

    [Fact]
    public void A_benefit_with_no_limit_or_no_periods_sets_no_cap_but_is_still_listed()
    {
        var headroom = Headroom.For(Policy,
            [new BenefitDeclaration("universal-credit", null, null), new BenefitDeclaration("pip", null, null)],
            Tuesday,
            Counted((Tuesday, 50000)));

        Assert.Null(headroom.Room);
        Assert.Collection(headroom.Limits,
            uc => Assert.Equal((Money.FromPence(50000), (Money?)null), (uc.Counted, uc.Limit)),
            pip => Assert.Null(pip.Period));
    }

    [Fact]
    public void A_period_already_over_its_limit_leaves_no_room_rather_than_less_than_none()
    {
        var headroom = Headroom.For(Policy, [new BenefitDeclaration("carers-allowance", null, Money.FromPence(1000))], Tuesday, Counted((Tuesday, 2500)));

        Assert.Equal(Money.Zero, headroom.Room);
    }

    [Fact]
    public void Counting_pay_moves_the_running_total_on_and_failing_it_moves_it_back()
    {
        var earnings = Earnings.For(Person);
        var week = new DateInterval(new LocalDate(2026, 11, 30), new LocalDate(2026, 12, 6));

        earnings.Count(Tuesday, Money.FromPence(4000));
        earnings.Count(Tuesday, Money.FromPence(1500));
        earnings.Uncount(Tuesday, Money.FromPence(4000));

        Assert.Equal(Money.FromPence(1500), earnings.CountedIn(week));
        Assert.Equal(3, earnings.Version);
    }
}
