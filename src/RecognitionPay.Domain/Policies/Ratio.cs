namespace RecognitionPay.Domain.Policies;

/// <summary>A non-negative multiple held exactly in hundredths (1.0 is 100, 0.75 is 75).</summary>
public readonly record struct Ratio
{
    public Ratio(int hundredths)
    {
        if (hundredths < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hundredths), hundredths, "A ratio cannot be negative.");
        }

        Hundredths = hundredths;
    }

    public int Hundredths { get; }

    /// <summary>floor(ratio × minutes).</summary>
    public int OfMinutesRoundedDown(int minutes) => (int)((long)Hundredths * minutes / 100);

    public override string ToString() => $"{Hundredths / 100}.{Hundredths % 100:00}";
}
