using FluentValidation;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.PolicyLanguage;

internal sealed class ActivityTypeDocumentValidator : AbstractValidator<ActivityTypeDocument>
{
    private static readonly string[] Bases = ["hourly", "sessional", "fixed", "none"];

    public ActivityTypeDocumentValidator()
    {
        RuleFor(t => t.Code).NotEmpty().Must(PolicyDocumentValidator.BeCode).WithMessage(PolicyDocumentValidator.CodeMessage);
        RuleFor(t => t.Name).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
        RuleFor(t => t.EasyRead).NotEmpty().MaximumLength(InputLimits.MaxNoteLength);
        RuleFor(t => t.Picture).Must(Pictures.IsKnown).WithMessage(Pictures.KnownMessage);
        RuleFor(t => t.Pay).NotNull();
        When(t => t.Pay is not null, () =>
        {
            RuleFor(t => t.Pay!.Basis).NotEmpty().Must(b => Bases.Contains(b)).WithMessage($"The basis is one of: {string.Join(", ", Bases)}.");
            RuleFor(t => t.Pay!).Custom(OnlyTheBasisFields);
            RuleFor(t => t.Pay!.HourlyPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage)
                .When(t => t.Pay!.Basis == "hourly");
            RuleFor(t => t.Pay!.MinimumMinutes).InclusiveBetween(1, InputLimits.MinutesInDay);
            RuleFor(t => t.Pay!.MaximumMinutes).InclusiveBetween(1, InputLimits.MinutesInDay)
                .GreaterThanOrEqualTo(t => t.Pay!.MinimumMinutes).When(t => t.Pay!.MinimumMinutes is not null && t.Pay.MaximumMinutes is not null)
                .WithMessage("The maximum cannot be less than the minimum.");
            RuleFor(t => t.Pay!.HalfDayPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage)
                .When(t => t.Pay!.Basis == "sessional");
            RuleFor(t => t.Pay!.DayPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage)
                .When(t => t.Pay!.Basis == "sessional");
            RuleFor(t => t.Pay!.HalfDayUpToMinutes).NotNull().InclusiveBetween(1, InputLimits.MinutesInDay)
                .When(t => t.Pay!.Basis == "sessional");
            RuleFor(t => t.Pay!.FeePence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage)
                .When(t => t.Pay!.Basis == "fixed");
        });
        When(t => t.Prep is not null, () =>
        {
            RuleFor(t => t.Prep!.HourlyPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage);
            RuleFor(t => t.Prep!.MaxMinutes).NotNull().InclusiveBetween(0, InputLimits.MinutesInDay);
            RuleFor(t => t.Prep!.MaxRatio).InclusiveBetween(0m, 10m).PrecisionScale(4, 2, ignoreTrailingZeros: true);
        });
        When(t => t.Travel is not null, () =>
        {
            RuleFor(t => t.Travel!.HourlyPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage);
            RuleFor(t => t.Travel!.MaxMinutes).NotNull().InclusiveBetween(0, InputLimits.MinutesInDay);
        });
    }

    private static void OnlyTheBasisFields(PayDocument pay, ValidationContext<ActivityTypeDocument> context)
    {
        (string Field, object? Value, string Basis)[] fields =
        [
            ("hourlyPence", pay.HourlyPence, "hourly"),
            ("minimumMinutes", pay.MinimumMinutes, "hourly"),
            ("maximumMinutes", pay.MaximumMinutes, "hourly"),
            ("halfDayPence", pay.HalfDayPence, "sessional"),
            ("dayPence", pay.DayPence, "sessional"),
            ("halfDayUpToMinutes", pay.HalfDayUpToMinutes, "sessional"),
            ("feePence", pay.FeePence, "fixed"),
        ];
        foreach (var (field, value, basis) in fields)
        {
            if (value is not null && pay.Basis != basis && Bases.Contains(pay.Basis))
            {
                context.AddFailure($"pay.{field}", $"'{field}' belongs to the {basis} basis, not {pay.Basis}.");
            }
        }
    }
}
