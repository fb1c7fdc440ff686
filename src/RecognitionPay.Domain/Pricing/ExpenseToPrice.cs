namespace RecognitionPay.Domain.Pricing;

/// <summary>One expense as claimed: which category, and whichever of amount, miles and hours it needs.</summary>
public sealed record ExpenseToPrice(string CategoryCode, Money? Amount = null, Miles? Miles = null, Hours? Hours = null, bool? HasReceipt = null);
