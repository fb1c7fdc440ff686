namespace RecognitionPay.Domain.Pricing;

/// <summary>A claim that cannot be priced as it stands, naming the field to correct.</summary>
public sealed class PricingRefusal : Exception
{
    public PricingRefusal(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public string Field { get; }
}
