namespace RecognitionPay.Domain.Policies;

/// <summary>Tax rules the policy follows: the trading allowance per UK tax year.</summary>
public sealed record TaxRules(Money TradingAllowance);

/// <summary>How and when payments are made.</summary>
public sealed record PaymentRules(IReadOnlyList<string> Methods, string RunSchedule, int PaymentLeadDays);

/// <summary>Rules about claiming: how long after an activity a claim is accepted.</summary>
public sealed record ClaimRules(int DeadlineDays);
