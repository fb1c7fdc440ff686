using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>The activity pays no fee; expenses are still paid.</summary>
public sealed record NoPay : PayBasis
{
    public override string Basis => "none";

    public override bool NeedsAttendance => false;

    public override PricedLine Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings) =>
        new(LineKind.Involvement, type.Code, Quantity.Whole(countedMinutes), "minutes", Money.Zero, new UnpaidActivity(type.Name));
}
