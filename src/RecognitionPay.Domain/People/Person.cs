using NodaTime;

namespace RecognitionPay.Domain.People;

/// <summary>
/// A co-producer (or anyone else who is paid): how they are paid, the benefits they declared, and whether they can be
/// paid at all. Bank details are kept only sealed (encrypted by the host), beside a masked copy. Every change goes
/// through a method that refuses a state the person could not be paid from.
/// </summary>
public sealed class Person
{
    private Person(PersonId id, string displayName, string email, Instant createdAt)
    {
        Id = id;
        DisplayName = displayName;
        Email = email;
        CreatedAt = createdAt;
    }

    public PersonId Id { get; private init; }

    public string DisplayName { get; private set; }

    /// <summary>Lower-case; a CoProducer token with this email acts for this person.</summary>
    public string Email { get; private set; }

    public PaymentMethod PaymentMethod { get; private set; }

    /// <summary>The bank account, encrypted by the host; only finance's payment export opens it.</summary>
    public string? SealedBankAccount { get; private set; }

    public MaskedBankAccount? MaskedBankAccount { get; private set; }

    public IReadOnlyList<BenefitDeclaration> Benefits { get; private set; } = [];

    public OverCapChoice OverCapChoice { get; private set; }

    public bool EligibleForPayment { get; private set; }

    public Instant CreatedAt { get; private init; }

    public long Version { get; private set; } = 1;

    public static Person Register(
        PersonId id, string displayName, string email, PaymentMethod method, SealedBankAccount? account,
        IReadOnlyList<BenefitDeclaration> benefits, OverCapChoice overCapChoice, bool eligibleForPayment, Instant at)
    {
        var person = new Person(id, displayName.Trim(), email.Trim().ToLowerInvariant(), at)
        {
            OverCapChoice = overCapChoice,
            EligibleForPayment = eligibleForPayment,
        };
        person.PayBy(method, account);
        person.Benefits = Once(benefits);
        return person;
    }

    /// <summary>How the person is paid from now on; a new bank account replaces the old one, none keeps it.</summary>
    public void ChangePaymentDetails(PaymentMethod method, SealedBankAccount? account, OverCapChoice? overCapChoice, bool? eligibleForPayment)
    {
        PayBy(method, account);
        OverCapChoice = overCapChoice ?? OverCapChoice;
        EligibleForPayment = eligibleForPayment ?? EligibleForPayment;
        Version++;
    }

    /// <summary>The benefits the person receives now, replacing what they declared before.</summary>
    public void DeclareBenefits(IReadOnlyList<BenefitDeclaration> benefits)
    {
        Benefits = Once(benefits);
        Version++;
    }

    private void PayBy(PaymentMethod method, SealedBankAccount? account)
    {
        if (method == PaymentMethod.BankTransfer && account is null && SealedBankAccount is null)
        {
            throw PersonRefusal.BankAccountRequired();
        }

        if (account is not null)
        {
            (SealedBankAccount, MaskedBankAccount) = (account.Cipher, account.Masked);
        }

        PaymentMethod = method;
    }

    private static IReadOnlyList<BenefitDeclaration> Once(IReadOnlyList<BenefitDeclaration> benefits)
    {
        for (var i = 0; i < benefits.Count; i++)
        {
            if (benefits.Take(i).Any(earlier => earlier.Kind == benefits[i].Kind))
            {
                throw PersonRefusal.BenefitDeclaredTwice(i, benefits[i].Kind);
            }
        }

        return [.. benefits];
    }
}

/// <summary>A bank account as the host sealed it (its cipher text), with the masked copy shown everywhere else.</summary>
public sealed record SealedBankAccount(string Cipher, MaskedBankAccount Masked);
