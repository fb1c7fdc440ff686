using NodaTime;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data;

/// <summary>A co-producer (or anyone else who is paid). Bank details are kept only encrypted, beside a masked copy.</summary>
public sealed class Person
{
    public Guid Id { get; init; }

    public required string DisplayName { get; set; }

    /// <summary>Lower-case; a CoProducer token with this email acts for this person.</summary>
    public required string Email { get; set; }

    public PaymentMethod PaymentMethod { get; set; }

    /// <summary>The bank account, encrypted with ASP.NET Core Data Protection.</summary>
    public string? SealedBankAccount { get; set; }

    public MaskedBankAccount? MaskedBankAccount { get; set; }

    public IReadOnlyList<BenefitDeclaration> Benefits { get; set; } = [];

    public OverCapChoice OverCapChoice { get; set; }

    public bool EligibleForPayment { get; set; }

    public Instant CreatedAt { get; init; }

    public long Version { get; set; } = 1;
}
