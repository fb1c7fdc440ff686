namespace RecognitionPay.Domain.Pricing;

/// <summary>A coded warning with a message in short plain sentences.</summary>
public sealed record PricingWarning(WarningCode Code, string Message);
