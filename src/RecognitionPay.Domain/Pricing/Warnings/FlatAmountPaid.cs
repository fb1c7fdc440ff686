namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>An amount other than the category's set amount was claimed; the set amount is paid.</summary>
public sealed record FlatAmountPaid(string CategoryName, Money Claimed, Money Amount) : PricingWarning(WarningCode.FlatAmountPaid)
{
    public override string Message => $"You claimed {Claimed} for {CategoryName.ToLowerInvariant()}. We pay a set {Amount} for this.";
}
