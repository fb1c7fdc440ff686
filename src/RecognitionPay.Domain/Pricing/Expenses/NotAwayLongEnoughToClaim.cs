namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>An expense paid only after some time away, claimed for a shorter time away: nothing is paid.</summary>
public sealed record NotAwayLongEnoughToClaim(string CategoryName, Money Claimed, TimeAwayCap FirstBand, int MinutesAway) : LineExplanation
{
    public override string InWords() =>
        $"{CategoryName}: {Claimed} claimed, paid only when you are away {FirstBand.InWords()}";
}
