namespace RecognitionPay.Api.PolicyLanguage;

/// <summary>
/// The pictures the co-producer pages can show beside a choice (web/pictures/{name}.svg). A policy names one for an
/// activity type or an expense category; a choice without one gets the general picture for its question.
/// </summary>
public static class Pictures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "meeting", "group", "reading", "panel", "teaching", "leading", "learning", "activity",
        "car", "motorbike", "bicycle", "passenger", "bus", "taxi", "walking",
        "parking", "toll", "food", "bed", "carer", "child", "home", "cost",
        "money", "voucher", "no-thanks", "calendar", "clock", "receipt",
    ];

    public static string KnownMessage => $"The picture is one of: {string.Join(", ", Names)}.";

    public static bool IsKnown(string? name) => name is null || Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The address of a picture, or of <paramref name="fallback"/> when the policy names none.</summary>
    public static string Path(string? name, string fallback) => $"/pictures/{(IsKnown(name) && name is not null ? name : fallback)}.svg";
}
