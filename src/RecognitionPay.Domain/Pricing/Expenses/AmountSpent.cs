namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>What was spent and what is paid for it: less than was spent when it is over the category's cap.</summary>
public sealed record AmountSpent(string CategoryName, Money Claimed, Money Paid) : LineExplanation
{
    public bool IsCapped => Paid < Claimed;

    public override string InWords() => IsCapped
        ? $"{CategoryName}: {Claimed} claimed, {Paid} is the most we pay"
        : $"{CategoryName}: {Claimed} spent";
}
