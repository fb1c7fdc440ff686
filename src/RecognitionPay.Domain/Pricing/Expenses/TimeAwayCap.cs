namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>The most paid for an expense when a person is away for more than <see cref="OverMinutes"/>.</summary>
public sealed record TimeAwayCap
{
    public TimeAwayCap(int overMinutes, Money cap)
    {
        if (overMinutes <= 0 || cap.IsNegative)
        {
            throw new ArgumentException("A time-away cap starts after a positive number of minutes and cannot be negative.");
        }

        OverMinutes = overMinutes;
        Cap = cap;
    }

    public int OverMinutes { get; }

    public Money Cap { get; }

    /// <summary>"more than 5 hours"</summary>
    public string InWords() => $"more than {Wording.Duration(OverMinutes)}";
}
