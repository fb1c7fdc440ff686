using FluentValidation;
using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.People;

/// <summary>The words api.md uses for payment choices, and the inputs people's routes share.</summary>
public static class PeopleWire
{
    public static readonly string[] PaymentMethods = ["bank-transfer", "voucher", "none"];
    public static readonly string[] OverCapChoices = ["defer", "waive"];

    public static string Name(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "bank-transfer",
        PaymentMethod.Voucher => "voucher",
        _ => "none",
    };

    public static string Name(OverCapChoice choice) => choice == OverCapChoice.Waive ? "waive" : "defer";

    public static PaymentMethod ParsePaymentMethod(string? name) => name switch
    {
        "bank-transfer" => PaymentMethod.BankTransfer,
        "voucher" => PaymentMethod.Voucher,
        _ => PaymentMethod.None,
    };

    public static OverCapChoice ParseOverCapChoice(string? name) => name == "waive" ? OverCapChoice.Waive : OverCapChoice.Defer;

    /// <summary>Each declared kind must be one the policy in force knows; a personal limit can only be lower than the law's.</summary>
    public static IReadOnlyList<BenefitDeclaration> ToDeclarations(IReadOnlyList<BenefitInput>? benefits, RecognitionPolicy policy, LocalDate today)
    {
        var declarations = new List<BenefitDeclaration>();
        for (var i = 0; i < (benefits?.Count ?? 0); i++)
        {
            var input = benefits![i];
            var rule = policy.FindBenefit(input.Kind!)
                ?? throw FieldRefusal.For($"benefits[{i}].kind", $"Policy {policy.Version} does not know the benefit '{input.Kind}'. Known: {string.Join(", ", policy.Benefits.Select(b => b.Kind))}.");
            var personal = input.PersonalLimitPence is { } pence ? Money.FromPence(pence) : (Money?)null;
            if (personal is { } own && rule.LimitOn(today) is { } statutory && own > statutory)
            {
                throw FieldRefusal.For($"benefits[{i}].personalLimitPence", $"A personal limit can only be lower than the {rule.Name} limit of {statutory}.");
            }

            if (input.PeriodStart > today)
            {
                throw FieldRefusal.For($"benefits[{i}].periodStart", "A benefit period that has not started yet cannot be declared: give the start of a period already begun.");
            }

            if (declarations.Any(d => d.Kind == rule.Kind))
            {
                throw FieldRefusal.For($"benefits[{i}].kind", $"{rule.Name} is declared twice.");
            }

            declarations.Add(new BenefitDeclaration(rule.Kind, input.PeriodStart, personal));
        }

        return declarations;
    }
}

public sealed record BenefitInput(string? Kind, LocalDate? PeriodStart, long? PersonalLimitPence);

public sealed record BankAccountInput(string? AccountName, string? SortCode, string? AccountNumber)
{
    public BankAccount ToBankAccount() => new(AccountName!, SortCode!, AccountNumber!);
}

internal sealed class BenefitInputValidator : AbstractValidator<BenefitInput>
{
    public BenefitInputValidator()
    {
        RuleFor(b => b.Kind).NotEmpty().MaximumLength(40);
        RuleFor(b => b.PersonalLimitPence).InclusiveBetween(0, InputLimits.MaxPence);
    }
}

internal sealed class BankAccountInputValidator : AbstractValidator<BankAccountInput>
{
    public BankAccountInputValidator()
    {
        RuleFor(b => b.AccountName).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
        RuleFor(b => b.SortCode).Must(BankAccount.IsSortCode).WithMessage("A sort code is 6 digits, for example 12-34-56.");
        RuleFor(b => b.AccountNumber).Must(BankAccount.IsAccountNumber).WithMessage("An account number is 8 digits.");
    }
}
