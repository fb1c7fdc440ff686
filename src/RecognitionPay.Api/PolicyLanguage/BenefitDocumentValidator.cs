using FluentValidation;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.PolicyLanguage;

internal sealed class BenefitDocumentValidator : AbstractValidator<BenefitDocument>
{
    private static readonly string[] Periods = ["week", "assessment-month", "none"];

    public BenefitDocumentValidator()
    {
        RuleFor(b => b.Kind).NotEmpty().Must(PolicyDocumentValidator.BeCode).WithMessage(PolicyDocumentValidator.CodeMessage);
        RuleFor(b => b.Name).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
        RuleFor(b => b.Period).NotEmpty().Must(p => Periods.Contains(p)).WithMessage($"The period is one of: {string.Join(", ", Periods)}.");
        RuleFor(b => b.WeeklyHoursUnder).InclusiveBetween(1, 168);
        RuleForEach(b => b.Limits).ChildRules(limit =>
        {
            limit.RuleFor(l => l.From).NotNull();
            limit.RuleFor(l => l.Pence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage);
        });
        RuleFor(b => b.Limits).Custom((limits, context) =>
        {
            for (var i = 1; i < (limits?.Count ?? 0); i++)
            {
                if (limits![i].From is { } from && limits[i - 1].From is { } previous && from <= previous)
                {
                    context.AddFailure($"limits[{i}].from", "Limits are listed in date order, one per date.");
                }
            }
        });
    }
}
