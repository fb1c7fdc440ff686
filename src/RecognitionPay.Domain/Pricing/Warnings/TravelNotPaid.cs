namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>Travel time was claimed for an activity type that does not pay for it; travel costs are still expenses.</summary>
public sealed record TravelNotPaid(string ActivityName) : PricingWarning(WarningCode.TravelNotPaid)
{
    public override string Message => $"{ActivityName} does not pay for travel time. Your travel costs can still be claimed as expenses.";
}
