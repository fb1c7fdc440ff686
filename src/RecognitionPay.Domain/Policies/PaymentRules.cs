namespace RecognitionPay.Domain.Policies;

/// <summary>How and when payments are made.</summary>
public sealed record PaymentRules(IReadOnlyList<string> Methods, string RunSchedule, int PaymentLeadDays);
