namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>More travel time was claimed than the most paid for there and back.</summary>
public sealed record TravelOverLimit(TravelTime Travel) : PricingWarning(WarningCode.TravelOverLimit)
{
    public override string Message =>
        $"You asked for {Wording.Duration(Travel.CountedMinutes)} of travel time. We pay for up to {Wording.Duration(Travel.PaidMinutes)} there and back.";
}
