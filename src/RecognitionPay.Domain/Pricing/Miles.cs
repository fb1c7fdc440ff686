namespace RecognitionPay.Domain.Pricing;

/// <summary>A distance held exactly in tenths of a mile (policies count miles to one decimal place).</summary>
public readonly record struct Miles
{
    public Miles(long tenths)
    {
        if (tenths < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tenths), tenths, "Miles cannot be negative.");
        }

        Tenths = tenths;
    }

    public static readonly Miles None = new(0);

    public long Tenths { get; }

    public static Miles FromWhole(long miles) => new(checked(miles * 10));

    public static Miles operator +(Miles a, Miles b) => new(checked(a.Tenths + b.Tenths));

    public Quantity AsQuantity() => new(Tenths, 1);

    /// <summary>The distance with its unit: "1 mile", "12.4 miles".</summary>
    public string InWords() => this == FromWhole(1) ? "1 mile" : $"{this} miles";

    public override string ToString() => AsQuantity().ToString();
}
