namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>The category must be agreed before the money is spent; the approver checks it was.</summary>
public sealed record NeedsPreApproval(string CategoryName) : PricingWarning(WarningCode.NeedsPreApproval)
{
    public override string Message => $"{CategoryName} must be agreed before you spend the money. Staff will check it was agreed.";
}
