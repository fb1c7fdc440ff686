namespace RecognitionPay.Domain;

/// <summary>
/// Who did something: a signed-in user (by their email, lower-case) or the system (such as "system:payment-run").
/// Recorded on every decision and in the audit trail.
/// </summary>
public readonly record struct Actor
{
    public const int MaxLength = 200;

    public Actor(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxLength)
        {
            throw new ArgumentException($"An actor is named by 1 to {MaxLength} characters.", nameof(name));
        }

        Name = name;
    }

    public string Name { get; }

    /// <summary>Whether this actor is the person with that email: a claimant deciding on their own claim.</summary>
    public bool Is(string email) => string.Equals(Name, email, StringComparison.OrdinalIgnoreCase);

    /// <summary>A name (an email, or "system:...") is an actor; an actor never turns back into text without saying <see cref="Name"/>.</summary>
    public static implicit operator Actor(string name) => new(name);

    /// <summary>The same actor whatever the case of their email, as sign-in treats it.</summary>
    public bool Equals(Actor other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name ?? "");

    public override string ToString() => Name;
}
