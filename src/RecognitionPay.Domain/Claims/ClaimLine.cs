using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Claims;

/// <summary>A priced line as the claimant saw it when they claimed: kept word for word with the claim.</summary>
public sealed record ClaimLine(LineKind Kind, string Code, string Description, Quantity Quantity, string Unit, Money Amount)
{
    public static ClaimLine From(PricedLine line) => new(line.Kind, line.Code, line.Description, line.Quantity, line.Unit, line.Amount);
}

/// <summary>A warning as the claimant and the approver saw it.</summary>
public sealed record ClaimWarning(string Code, string Message)
{
    public static ClaimWarning From(PricingWarning warning) => new(warning.Code.ToString(), warning.Message);
}
