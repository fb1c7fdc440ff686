namespace RecognitionPay.Domain.Policies;

/// <summary>Tax rules the policy follows: the trading allowance per UK tax year.</summary>
public sealed record TaxRules(Money TradingAllowance);
