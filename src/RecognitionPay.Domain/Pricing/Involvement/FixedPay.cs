using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>One fee, whatever the time taken.</summary>
public sealed record FixedPay : PayBasis
{
    public FixedPay(Money fee)
    {
        if (fee.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(fee), "A fee cannot be negative.");
        }

        Fee = fee;
    }

    public Money Fee { get; }

    public override string Basis => "fixed";

    public override bool NeedsAttendance => false;

    public override PricedLine Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings) =>
        new(LineKind.Involvement, type.Code, Quantity.Whole(1), "fee", Fee, new SetFee(type.Name, Fee));
}
