namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>More preparation was claimed than is paid, naming the limit that applied.</summary>
public sealed record PrepOverLimit(PreparationTime Preparation) : PricingWarning(WarningCode.PrepOverLimit)
{
    public override string Message =>
        $"You asked for {Wording.Duration(Preparation.CountedMinutes)} of preparation. We can pay for {Wording.Duration(Preparation.PaidMinutes)}. That is {Preparation.LimitInWords()}.";
}
