using FluentValidation;
using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.People;

/// <summary>A benefit a person declares, as sent to the people routes.</summary>
public sealed record BenefitInput(string? Kind, LocalDate? PeriodStart, long? PersonalLimitPence);

/// <summary>Benefits as declared on the wire, turned into declarations the policy in force knows.</summary>
public static class BenefitDeclarations
{
    /// <summary>Each declared kind must be one the policy in force knows; a personal limit can only be lower than the law's.</summary>
    public static IReadOnlyList<BenefitDeclaration> From(IReadOnlyList<BenefitInput>? benefits, RecognitionPolicy policy, LocalDate today)
    {
        var declarations = new List<BenefitDeclaration>();
        for (var i = 0; i < (benefits?.Count ?? 0); i++)
        {
            var input = benefits![i];
            var rule = policy.FindBenefit(input.Kind!)
                ?? throw new InvalidFieldRefusal($"benefits[{i}].kind", $"Policy {policy.Version} does not know the benefit '{input.Kind}'. Known: {string.Join(", ", policy.Benefits.Select(b => b.Kind))}.");
            var personal = input.PersonalLimitPence is { } pence ? Money.FromPence(pence) : (Money?)null;
            if (personal is { } own && rule.LimitOn(today) is { } statutory && own > statutory)
            {
                throw new InvalidFieldRefusal($"benefits[{i}].personalLimitPence", $"A personal limit can only be lower than the {rule.Name} limit of {statutory}.");
            }

            if (input.PeriodStart > today)
            {
                throw new InvalidFieldRefusal($"benefits[{i}].periodStart", "A benefit period that has not started yet cannot be declared: give the start of a period already begun.");
            }

            declarations.Add(new BenefitDeclaration(rule.Kind, input.PeriodStart, personal));
        }

        return declarations;
    }
}

internal sealed class BenefitInputValidator : AbstractValidator<BenefitInput>
{
    public BenefitInputValidator()
    {
        RuleFor(b => b.Kind).NotEmpty().MaximumLength(40);
        RuleFor(b => b.PersonalLimitPence).InclusiveBetween(0, InputLimits.MaxPence);
    }
}
