using RecognitionPay.Domain.Pricing.Expenses;

namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>An expense the policy pays only after some time away, for a shorter time away, naming the time needed.</summary>
public sealed record NotAwayLongEnough(NotAwayLongEnoughToClaim Line) : PricingWarning(WarningCode.NotAwayLongEnough)
{
    public override string Message =>
        $"We pay for {Line.CategoryName.ToLowerInvariant()} when you are away {Line.FirstBand.InWords()}. You were away {Wording.Duration(Line.MinutesAway)}. We cannot pay the {Line.Claimed} you claimed.";
}
