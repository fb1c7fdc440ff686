namespace RecognitionPay.Domain.Policies;

/// <summary>The unique label of a published policy version, such as "2025-04".</summary>
public readonly record struct PolicyVersion
{
    public const int MaxLength = 40;

    public PolicyVersion(string label)
    {
        if (string.IsNullOrWhiteSpace(label) || label.Length > MaxLength || label.Trim() != label)
        {
            throw new ArgumentException($"A policy version is 1 to {MaxLength} characters with no surrounding spaces.", nameof(label));
        }

        Label = label;
    }

    public string Label { get; }

    public override string ToString() => Label;
}
