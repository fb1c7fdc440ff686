using System.Text.RegularExpressions;
using FluentValidation;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.PolicyLanguage;

/// <summary>Every rule of policy-format.md, each failure naming the field path as the document writes it.</summary>
public sealed partial class PolicyDocumentValidator : AbstractValidator<PolicyDocument>
{
    public PolicyDocumentValidator()
    {
        RuleFor(d => d.Version).NotEmpty().MaximumLength(40).Must(v => v == v?.Trim()).WithMessage("A version has no spaces at either end.");
        RuleFor(d => d.EffectiveFrom).NotNull();
        RuleFor(d => d.Title).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
        RuleFor(d => d.Rounding).NotNull();
        RuleFor(d => d.Rounding!.UnitMinutes).NotNull().InclusiveBetween(1, 60).When(d => d.Rounding is not null);
        RuleFor(d => d.ActivityTypes).NotEmpty().WithMessage("A policy recognises at least one activity type.");
        RuleForEach(d => d.ActivityTypes).SetValidator(new ActivityTypeDocumentValidator());
        RuleFor(d => d.ActivityTypes).Custom((types, context) => Unique(types?.Select(t => t.Code), "activityTypes", "code", context));
        RuleForEach(d => d.ExpenseCategories).SetValidator(new ExpenseCategoryDocumentValidator());
        RuleFor(d => d.ExpenseCategories).Custom((categories, context) => Unique(categories?.Select(c => c.Code), "expenseCategories", "code", context));
        RuleForEach(d => d.Benefits).SetValidator(new BenefitDocumentValidator());
        RuleFor(d => d.Benefits).Custom((benefits, context) => Unique(benefits?.Select(b => b.Kind), "benefits", "kind", context));
        RuleFor(d => d.Tax).NotNull();
        RuleFor(d => d.Tax!.TradingAllowancePence).NotNull().Must(BeAmount).WithMessage(AmountMessage).When(d => d.Tax is not null);
        RuleFor(d => d.Payments).NotNull().SetValidator(new PaymentsDocumentValidator()!);
        RuleFor(d => d.Claims).NotNull();
        RuleFor(d => d.Claims!.DeadlineDays).NotNull().InclusiveBetween(1, 3660).When(d => d.Claims is not null);
    }

    internal const string AmountMessage = "An amount is a whole number of pence from 0 to 10000000 (£100,000).";

    internal static bool BeAmount(long? pence) => pence is null or (>= 0 and <= InputLimits.MaxPence);

    internal static bool BeCode(string? code) => code is not null && CodePattern().IsMatch(code);

    internal const string CodeMessage = "A code is lower-kebab-case: small letters and digits joined by single hyphens, at most 40 characters.";

    [GeneratedRegex("^(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    private static void Unique<T>(IEnumerable<string?>? codes, string list, string field, ValidationContext<T> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, index) in (codes ?? []).Select((c, i) => (c, i)))
        {
            if (code is not null && !seen.Add(code))
            {
                context.AddFailure($"{list}[{index}].{field}", $"'{code}' is used twice: each {field} must be unique.");
            }
        }
    }
}

internal sealed class PaymentsDocumentValidator : AbstractValidator<PaymentsDocument>
{
    private static readonly string[] KnownMethods = ["bank-transfer", "voucher"];

    public PaymentsDocumentValidator()
    {
        RuleFor(p => p.Methods).NotEmpty().Must(m => m!.Distinct().Count() == m!.Count).WithMessage("Each method is listed once.");
        RuleForEach(p => p.Methods).Must(m => KnownMethods.Contains(m)).WithMessage($"A payment method is one of: {string.Join(", ", KnownMethods)}.");
        RuleFor(p => p.RunSchedule).NotEmpty().Must(BeCron).WithMessage("The run schedule is a five-field cron expression, for example \"0 9 * * TUE\".");
        RuleFor(p => p.PaymentLeadDays).NotNull().InclusiveBetween(0, 30);
    }

    private static bool BeCron(string? schedule)
    {
        if (schedule is null)
        {
            return false;
        }

        try
        {
            Cronos.CronExpression.Parse(schedule);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }
}
