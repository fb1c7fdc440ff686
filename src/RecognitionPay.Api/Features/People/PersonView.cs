using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.People;

/// <summary>A person as every response shows them: bank details always masked.</summary>
public sealed record PersonView(
    Guid Id,
    string DisplayName,
    string Email,
    string PaymentMethod,
    MaskedBankAccount? BankAccount,
    IReadOnlyList<BenefitView> Benefits,
    string OverCapChoice,
    bool EligibleForPayment,
    Instant CreatedAt)
{
    public static PersonView From(Person p) => new(
        p.Id.Value,
        p.DisplayName,
        p.Email,
        PaymentChoiceNames.Name(p.PaymentMethod),
        p.MaskedBankAccount,
        [.. p.Benefits.Select(b => new BenefitView(b.Kind, b.PeriodStart, b.PersonalLimit?.Pence))],
        PaymentChoiceNames.Name(p.OverCapChoice),
        p.EligibleForPayment,
        p.CreatedAt);
}

public sealed record BenefitView(string Kind, LocalDate? PeriodStart, long? PersonalLimitPence);
