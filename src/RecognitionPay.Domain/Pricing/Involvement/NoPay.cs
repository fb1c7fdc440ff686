using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>The activity pays no fee; expenses are still paid.</summary>
public sealed record NoPay : PayBasis
{
    public override string Basis => "none";

    public override bool NeedsAttendance => false;

    public override AttendancePay Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings) =>
        new(Money.Zero, Quantity.Whole(countedMinutes), "minutes", $"{type.Name} is not paid. Expenses are still paid.");
}
