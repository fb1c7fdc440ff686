namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>One fee for taking part in an activity, whatever the time taken.</summary>
public sealed record SetFee(string ActivityName, Money Fee) : LineExplanation
{
    public override string InWords() => $"A set fee of {Fee} for {ActivityName.ToLowerInvariant()}";
}
