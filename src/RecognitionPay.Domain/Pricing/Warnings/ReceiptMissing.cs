namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>An amount over the category's receipt threshold was claimed without a receipt; the approver checks it.</summary>
public sealed record ReceiptMissing(string CategoryName, Money Threshold) : PricingWarning(WarningCode.ReceiptMissing)
{
    public override string Message => $"{CategoryName} over {Threshold} needs a receipt. Please keep your receipt or ticket. Staff will ask for it.";
}
