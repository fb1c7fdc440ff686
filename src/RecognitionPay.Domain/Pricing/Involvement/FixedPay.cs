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

    public override AttendancePay Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings) =>
        new(Fee, Quantity.Whole(1), "fee", $"A set fee of {Fee} for {type.Name.ToLowerInvariant()}");
}
