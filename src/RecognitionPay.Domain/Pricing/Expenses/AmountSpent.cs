namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>
/// What was spent and what is paid for it: less than was spent when it is over the category's cap, which may be
/// the cap for the time the person was away.
/// </summary>
public sealed record AmountSpent(string CategoryName, Money Claimed, Money Paid, TimeAwayCap? ForTimeAway = null) : LineExplanation
{
    public bool IsCapped => Paid < Claimed;

    /// <summary>" when you are away more than 5 hours", when the cap is the one for the time away.</summary>
    public string WhenCapApplies => ForTimeAway is { } band ? $" when you are away {band.InWords()}" : "";

    public override string InWords() => IsCapped
        ? $"{CategoryName}: {Claimed} claimed, {Paid} is the most we pay{WhenCapApplies}"
        : $"{CategoryName}: {Claimed} spent";
}
