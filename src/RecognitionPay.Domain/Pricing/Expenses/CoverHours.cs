namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>Hours of cover, what they cost, and what is paid: no more than the most per hour for those hours.</summary>
public sealed record CoverHours(string CategoryName, Hours Hours, Money Claimed, Money MaxHourly, Money Paid) : LineExplanation
{
    public bool IsCapped => Paid < Claimed;

    public override string InWords() => IsCapped
        ? $"{CategoryName}: {Hours.InWords()}, up to {MaxHourly} an hour ({Claimed} claimed)"
        : $"{CategoryName}: {Hours.InWords()}, {Claimed} paid";
}
