namespace RecognitionPay.Domain.Pricing;

/// <summary>
/// Something a person or an approver should know about a priced claim: a stable code, and the facts behind it,
/// put into short plain sentences only when the message is read.
/// </summary>
public abstract record PricingWarning(WarningCode Code)
{
    public abstract string Message { get; }
}
