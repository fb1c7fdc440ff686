using System.Globalization;

namespace RecognitionPay.Api.PageParts;

/// <summary>An amount typed in pounds on a staff page: "50", "50.5", "£1,050.00"; at most two places after the point.</summary>
public static class PoundsField
{
    /// <summary>The pence, none for an empty field, or false for text that is not an amount.</summary>
    public static bool TryParse(string? text, out long? pence)
    {
        pence = null;
        var cleaned = text?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(cleaned))
        {
            return true;
        }

        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) || pounds.Scale > 2 || pounds > 100_000m)
        {
            return false;
        }

        pence = (long)(pounds * 100);
        return true;
    }
}
