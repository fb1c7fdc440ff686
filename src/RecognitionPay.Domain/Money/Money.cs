namespace RecognitionPay.Domain;

/// <summary>An amount of money as a whole number of pence. Never a fraction of a penny.</summary>
public readonly record struct Money(long Pence) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public static Money FromPence(long pence) => new(pence);

    /// <summary>
    /// The only place an amount is rounded: <paramref name="numerator"/> / <paramref name="denominator"/> pence,
    /// to the nearest penny, halves away from zero ("half up" for the positive amounts policies pay).
    /// </summary>
    public static Money RoundHalfUp(Int128 numerator, long denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The divisor must be positive.");
        }

        var magnitude = Int128.Abs(numerator);
        var rounded = ((2 * magnitude) + denominator) / (2 * (Int128)denominator);
        return new((long)(numerator < 0 ? -rounded : rounded));
    }

    /// <summary>This rate applied to <paramref name="quantity"/> units of which <paramref name="per"/> make one rate unit.</summary>
    public Money Times(long quantity, long per) => RoundHalfUp((Int128)Pence * quantity, per);

    public static Money Min(Money a, Money b) => a.Pence <= b.Pence ? a : b;

    public static Money Max(Money a, Money b) => a.Pence >= b.Pence ? a : b;

    public static Money operator +(Money a, Money b) => new(checked(a.Pence + b.Pence));

    public static Money operator -(Money a, Money b) => new(checked(a.Pence - b.Pence));

    public static Money operator -(Money a) => new(checked(-a.Pence));

    public static bool operator <(Money a, Money b) => a.Pence < b.Pence;

    public static bool operator >(Money a, Money b) => a.Pence > b.Pence;

    public static bool operator <=(Money a, Money b) => a.Pence <= b.Pence;

    public static bool operator >=(Money a, Money b) => a.Pence >= b.Pence;

    public bool IsZero => Pence == 0;

    public bool IsNegative => Pence < 0;

    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);

    /// <summary>Pounds and pence as a person reads them: "£12.50", "£3", "-£1.05".</summary>
    public override string ToString()
    {
        var sign = Pence < 0 ? "-" : "";
        var magnitude = Math.Abs(Pence);
        var pounds = magnitude / 100;
        var pence = magnitude % 100;
        return pence == 0
            ? $"{sign}£{pounds:N0}"
            : $"{sign}£{pounds:N0}.{pence:00}";
    }
}
