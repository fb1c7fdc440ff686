using NodaTime;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Benefits;

/// <summary>
/// How much involvement pay a person can receive on a payment date without going over any of their benefits'
/// limits: the smallest room across the benefits they declared, in the periods containing that date.
/// </summary>
public sealed record Headroom(LocalDate PaymentDate, IReadOnlyList<BenefitLimit> Limits)
{
    /// <summary>The room left, or none when no declared benefit sets a cap.</summary>
    public Money? Room => Binding?.Room;

    /// <summary>The limit with the least room: the one that applies.</summary>
    public BenefitLimit? Binding => Limits.Where(l => l.Room is not null).MinBy(l => l.Room!.Value);

    /// <summary>A person who declared no benefits: nothing is capped.</summary>
    public static Headroom None(LocalDate paymentDate) => new(paymentDate, []);

    /// <summary>
    /// The headroom for <paramref name="declared"/> benefits under <paramref name="policy"/>, given what is already
    /// counted. A benefit the policy no longer knows sets no cap.
    /// </summary>
    public static Headroom For(RecognitionPolicy policy, IEnumerable<BenefitDeclaration> declared, LocalDate paymentDate, Earnings earnings) =>
        new(paymentDate, [.. declared
            .Select(d => (Declaration: d, Rule: policy.FindBenefit(d.Kind)))
            .Where(d => d.Rule is not null)
            .Select(d => BenefitLimit.For(d.Rule!, d.Declaration.PeriodStart, d.Declaration.PersonalLimit, paymentDate, earnings))]);

    /// <summary>The headroom after <paramref name="pay"/> more is counted on the payment date.</summary>
    public Headroom After(Money pay) => this with { Limits = [.. Limits.Select(l => l.After(pay))] };
}
