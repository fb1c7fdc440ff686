namespace RecognitionPay.Domain.Pricing;

/// <summary>An exact count shown on a priced line: whole minutes, tenths of a mile, hundredths of an hour.</summary>
public readonly record struct Quantity(long Units, int DecimalPlaces)
{
    public static Quantity Whole(long value) => new(value, 0);

    public override string ToString()
    {
        if (DecimalPlaces == 0)
        {
            return Units.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var scale = (long)Math.Pow(10, DecimalPlaces);
        var fraction = (Math.Abs(Units) % scale).ToString(new string('0', DecimalPlaces), System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
        var whole = (Units / scale).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return fraction.Length == 0 ? whole : $"{whole}.{fraction}";
    }
}
