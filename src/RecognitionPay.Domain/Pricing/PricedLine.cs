namespace RecognitionPay.Domain.Pricing;

/// <summary>One line of a priced claim: what was counted, in what unit, and why it comes to this amount.</summary>
public sealed record PricedLine(LineKind Kind, string Code, string Description, Quantity Quantity, string Unit, Money Amount);
