using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.PageParts;

/// <summary>
/// A length of time asked as hours and minutes (two boxes, as people say it), read back as minutes. Each box must
/// be a whole number; minutes under 60.
/// </summary>
public sealed record Duration(string Name, string Question, string? Hint, string? Hours, string? Minutes, string? Error)
{
    public static (string? Hours, string? Minutes) Show(int? minutes) =>
        minutes is { } m ? ((m / 60).ToString(System.Globalization.CultureInfo.InvariantCulture), (m % 60).ToString(System.Globalization.CultureInfo.InvariantCulture)) : (null, null);

    /// <summary>The minutes written, or null with the reason added to <paramref name="errors"/>.</summary>
    public static int? Read(string name, string? hours, string? minutes, PageErrors errors, string missing, int maxMinutes = InputLimits.MinutesInDay)
    {
        if (string.IsNullOrWhiteSpace(hours) && string.IsNullOrWhiteSpace(minutes))
        {
            errors.Add($"{name}-hours", missing);
            return null;
        }

        if (!TryWhole(hours, out var h) || h > 24)
        {
            errors.Add($"{name}-hours", "Write the hours as a whole number, like 2.");
            return null;
        }

        if (!TryWhole(minutes, out var m) || m > 59)
        {
            errors.Add($"{name}-minutes", "Write the minutes as a number from 0 to 59.");
            return null;
        }

        var total = (h * 60) + m;
        if (total > maxMinutes)
        {
            errors.Add($"{name}-hours", "This is longer than one day. Please check the hours.");
            return null;
        }

        return total;
    }

    private static bool TryWhole(string? text, out int value)
    {
        value = 0;
        return string.IsNullOrWhiteSpace(text) || (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= 0);
    }
}
