using FluentValidation;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.PolicyLanguage;

internal sealed class ExpenseCategoryDocumentValidator : AbstractValidator<ExpenseCategoryDocument>
{
    private static readonly string[] Kinds = ["mileage", "actual", "hourly", "flat"];

    public ExpenseCategoryDocumentValidator()
    {
        RuleFor(c => c.Code).NotEmpty().Must(PolicyDocumentValidator.BeCode).WithMessage(PolicyDocumentValidator.CodeMessage);
        RuleFor(c => c.Name).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
        RuleFor(c => c.EasyRead).Visible().MaximumLength(InputLimits.MaxNameLength);
        RuleFor(c => c.Picture).Must(Pictures.IsKnown).WithMessage(Pictures.KnownMessage);
        RuleFor(c => c.Kind).NotEmpty().Must(k => Kinds.Contains(k)).WithMessage($"The kind is one of: {string.Join(", ", Kinds)}.");
        RuleFor(c => c.Kind).Custom((_, context) => OnlyTheKindFields(context.InstanceToValidate, context));
        RuleFor(c => c.CapPence).Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage);
        RuleFor(c => c.ReceiptRequiredOverPence).Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage);
        RuleFor(c => c.MaxHourlyPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage)
            .When(c => c.Kind == "hourly");
        RuleFor(c => c.AmountPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage)
            .When(c => c.Kind == "flat");
        RuleForEach(c => c.CapsByTimeAway).ChildRules(band =>
        {
            band.RuleFor(b => b.OverMinutes).NotNull().InclusiveBetween(1, InputLimits.MinutesInDay);
            band.RuleFor(b => b.CapPence).NotNull().Must(PolicyDocumentValidator.BeAmount).WithMessage(PolicyDocumentValidator.AmountMessage);
        });
        RuleFor(c => c.CapsByTimeAway).Custom(TimeAwayRises);
        When(c => c.Kind == "mileage", () =>
        {
            RuleFor(c => c.Bands).NotEmpty().WithMessage("Mileage needs at least one band.");
            RuleForEach(c => c.Bands).ChildRules(band =>
            {
                band.RuleFor(b => b.PencePerMile).NotNull().InclusiveBetween(0, 1000);
                band.RuleFor(b => b.UpToMilesInTaxYear).InclusiveBetween(1, InputLimits.MaxMiles);
            });
            RuleFor(c => c.Bands).Custom(BandsRiseAndEndOpen);
        });
    }

    private static void OnlyTheKindFields(ExpenseCategoryDocument category, ValidationContext<ExpenseCategoryDocument> context)
    {
        (string Field, object? Value, string[] Kinds)[] fields =
        [
            ("bands", category.Bands, ["mileage"]),
            ("capPence", category.CapPence, ["actual"]),
            ("receiptRequiredOverPence", category.ReceiptRequiredOverPence, ["actual", "hourly"]),
            ("maxHourlyPence", category.MaxHourlyPence, ["hourly"]),
            ("amountPence", category.AmountPence, ["flat"]),
            ("capsByTimeAway", category.CapsByTimeAway, ["actual"]),
        ];
        foreach (var (field, value, kinds) in fields)
        {
            if (value is not null && Kinds.Contains(category.Kind) && !kinds.Contains(category.Kind))
            {
                context.AddFailure(field, $"'{field}' does not apply to the {category.Kind} kind.");
            }
        }
    }

    private static void TimeAwayRises(IReadOnlyList<TimeAwayCapDocument>? bands, ValidationContext<ExpenseCategoryDocument> context)
    {
        for (var i = 1; i < (bands?.Count ?? 0); i++)
        {
            if (bands![i].OverMinutes <= bands[i - 1].OverMinutes)
            {
                context.AddFailure($"capsByTimeAway[{i}].overMinutes", "Each time away is longer than the one before.");
            }
        }
    }

    private static void BandsRiseAndEndOpen(IReadOnlyList<MileageBandDocument>? bands, ValidationContext<ExpenseCategoryDocument> context)
    {
        if (bands is not { Count: > 0 })
        {
            return;
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var upTo = bands[i].UpToMilesInTaxYear;
            if (i == bands.Count - 1 && upTo is not null)
            {
                context.AddFailure($"bands[{i}].upToMilesInTaxYear", "The last band has no upper limit: it covers every mile after the others.");
            }
            else if (i < bands.Count - 1 && upTo is null)
            {
                context.AddFailure($"bands[{i}].upToMilesInTaxYear", "Every band but the last needs an upper limit.");
            }
            else if (i > 0 && upTo is not null && bands[i - 1].UpToMilesInTaxYear is { } previous && upTo <= previous)
            {
                context.AddFailure($"bands[{i}].upToMilesInTaxYear", "Band limits rise from one band to the next.");
            }
        }
    }
}
