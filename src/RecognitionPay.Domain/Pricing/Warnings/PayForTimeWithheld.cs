namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>No pay for time on this claim, because the person cannot get it or chose not to; expenses are still paid.</summary>
public sealed record PayForTimeWithheld(PayWithheld Reason)
    : PricingWarning(Reason == PayWithheld.NotEligible ? WarningCode.NotEligible : WarningCode.Declined)
{
    public override string Message => Reason == PayWithheld.NotEligible
        ? "You will not be paid for your time on this claim. This is because you cannot get involvement payments, for example when your employer pays you to take part. Your expenses will still be paid."
        : "You chose not to be paid for your time. Your expenses will still be paid.";
}
