namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>A set amount paid for an expense, whatever is claimed.</summary>
public sealed record SetAmount(string CategoryName, Money Amount) : LineExplanation
{
    public override string InWords() => $"{CategoryName}: a set {Amount}";
}
