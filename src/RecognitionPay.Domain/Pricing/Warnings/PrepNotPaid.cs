namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>Preparation time was claimed for an activity type that does not pay for it.</summary>
public sealed record PrepNotPaid(string ActivityName) : PricingWarning(WarningCode.PrepNotPaid)
{
    public override string Message => $"{ActivityName} does not pay for preparation time.";
}
