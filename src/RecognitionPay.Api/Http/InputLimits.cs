namespace RecognitionPay.Api.Http;

/// <summary>
/// Bounds on what any request may carry (api.md): they refuse absurd input, they are not policy. Rates and limits a
/// council sets live in its policy documents.
/// </summary>
public static class InputLimits
{
    /// <summary>£100,000: no single amount in a request may be more.</summary>
    public const long MaxPence = 10_000_000;

    public const int MinutesInDay = 1440;

    public const int MaxNameLength = 200;

    public const int MaxNoteLength = 2000;

    public const long MaxMiles = 100_000;

    public const int MaxHours = 24;
}
