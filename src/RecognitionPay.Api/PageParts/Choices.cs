namespace RecognitionPay.Api.PageParts;

/// <summary>A question answered by choosing: GOV.UK radios (one) or checkboxes (several), a picture beside each choice.</summary>
public sealed record Choices(string Name, string Question, string? Hint, IReadOnlyList<Choice> Options, IReadOnlyCollection<string> Chosen, string? Error, bool Several = false)
{
    public string Kind => Several ? "checkboxes" : "radios";
}

/// <param name="Before">Words shown above this choice to set it apart, such as "or".</param>
public sealed record Choice(string Value, string Label, string Picture, string? Hint = null, string? Before = null, bool Exclusive = false);
