using NodaTime;

namespace RecognitionPay.Domain.People;

/// <summary>
/// A benefit a person receives, as they declared it: its kind (one the policy knows), when its periods start, and a
/// limit of their own that can only be lower than the statutory one.
/// </summary>
public sealed record BenefitDeclaration(string Kind, LocalDate? PeriodStart, Money? PersonalLimit)
{
    public Money? PersonalLimit { get; } = PersonalLimit is { IsNegative: true }
        ? throw new ArgumentOutOfRangeException(nameof(PersonalLimit), "A personal limit cannot be negative.")
        : PersonalLimit;
}
