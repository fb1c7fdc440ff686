namespace RecognitionPay.Domain.Pricing;

/// <summary>A length of time claimed in hours, held exactly in hundredths of an hour (1.5 hours is 150).</summary>
public readonly record struct Hours
{
    public Hours(long hundredths)
    {
        if (hundredths < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hundredths), hundredths, "Hours cannot be negative.");
        }

        Hundredths = hundredths;
    }

    public long Hundredths { get; }

    public Quantity AsQuantity() => new(Hundredths, 2);

    /// <summary>The length with its unit: "1 hour", "1.5 hours".</summary>
    public string InWords() => Hundredths == 100 ? "1 hour" : $"{this} hours";

    public override string ToString() => AsQuantity().ToString();
}
