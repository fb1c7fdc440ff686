using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing;

/// <summary>Preparation counted and paid for at an hourly rate, and the limit that lowered it, if one did.</summary>
public sealed record PreparationTime(int CountedMinutes, int PaidMinutes, Money HourlyRate, PrepLimit Limit, Ratio? MaxRatio)
    : LineExplanation
{
    public override string InWords() => Limit == PrepLimit.None
        ? $"{Wording.Duration(PaidMinutes)} of preparation at {Wording.PerHour(HourlyRate)}"
        : $"{Wording.Duration(PaidMinutes)} of preparation, {LimitInWords()}, at {Wording.PerHour(HourlyRate)}";

    /// <summary>The limit that applied, as in "We can pay for 2 hours. That is the most this activity pays for."</summary>
    public string LimitInWords() => Limit switch
    {
        PrepLimit.None => "",
        PrepLimit.MaxMinutes => "the most this activity pays for",
        PrepLimit.AgreedAllowance => "the most agreed for this activity",
        PrepLimit.MaxRatio when MaxRatio is { Hundredths: 100 } => "no more than the time you took part",
        PrepLimit.MaxRatio => $"no more than {MaxRatio} times the time you took part",
        _ => throw new InvalidOperationException($"No words for the preparation limit {Limit}."),
    };
}
