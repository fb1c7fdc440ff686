using RecognitionPay.Domain.Time;

namespace RecognitionPay.Domain.Pricing;

/// <summary>Plain words for times and amounts, for people who find numbers hard.</summary>
public static class Wording
{
    public static string Duration(int minutes)
    {
        var hours = minutes / Minutes.PerHour;
        var rest = minutes % Minutes.PerHour;
        var hourText = hours == 1 ? "1 hour" : $"{hours} hours";
        var minuteText = rest == 1 ? "1 minute" : $"{rest} minutes";
        return (hours, rest) switch
        {
            (0, _) => minuteText,
            (_, 0) => hourText,
            _ => $"{hourText} {minuteText}",
        };
    }

    public static string PerHour(Money rate) => $"{rate} an hour";

    /// <summary>Items as a person lists them: "a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count <= 1
        ? string.Concat(items)
        : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
