using NodaTime;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Benefits;

/// <summary>
/// One declared benefit in the period that contains a payment date: the limit that applies (the lower of the person's
/// own and the statutory one in force at the period's start), what is already counted, and the room left.
/// </summary>
public sealed record BenefitLimit(BenefitRule Rule, DateInterval? Period, Money? Limit, Money Counted)
{
    /// <summary>How much more pay fits in the period, or none when this benefit sets no cap.</summary>
    public Money? Room => Limit is { } limit ? Money.Max(Money.Zero, limit - Counted) : null;

    /// <summary>The limit for a person's declaration of <paramref name="rule"/> in the period containing <paramref name="paymentDate"/>.</summary>
    public static BenefitLimit For(BenefitRule rule, LocalDate? periodStart, Money? personalLimit, LocalDate paymentDate, Earnings earnings)
    {
        var period = BenefitPeriod.Containing(rule.Period, periodStart, paymentDate);
        if (period is null)
        {
            return new BenefitLimit(rule, null, null, Money.Zero);
        }

        var limit = (personalLimit, rule.LimitOn(period.Start)) switch
        {
            ({ } own, { } statutory) => Money.Min(own, statutory),
            (var own, var statutory) => own ?? statutory,
        };
        return new BenefitLimit(rule, period, limit, earnings.CountedIn(period));
    }

    /// <summary>The same limit after <paramref name="pay"/> more is counted in its period.</summary>
    public BenefitLimit After(Money pay) => Period is null ? this : this with { Counted = Counted + pay };
}
