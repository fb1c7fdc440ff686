namespace RecognitionPay.Domain.Pricing;

/// <summary>One line of a priced claim: what was counted, in what unit, what it comes to, and the facts that explain it.</summary>
public sealed record PricedLine(LineKind Kind, string Code, Quantity Quantity, string Unit, Money Amount, LineExplanation Explanation)
{
    /// <summary>Why this pay for time is not paid, if it is not; the amount is then zero.</summary>
    public PayWithheld? Withheld { get; init; }

    /// <summary>How the line comes to its amount, in plain words.</summary>
    public string Description => Withheld is { } reason
        ? $"{Explanation.InWords()} ({InWords(reason)})"
        : Explanation.InWords();

    private static string InWords(PayWithheld reason) => reason switch
    {
        PayWithheld.NotEligible => "not paid: you cannot get involvement payments",
        PayWithheld.Declined => "not paid: you chose not to be paid",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
