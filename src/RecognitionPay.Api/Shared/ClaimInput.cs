using FluentValidation;
using NodaTime;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Shared;

/// <summary>What a claimant sends: the activity (by id, or by type and date), time, expenses and how to be thanked.</summary>
public sealed record ClaimInput(
    Guid? PersonId,
    Guid? ActivityId,
    string? ActivityTypeCode,
    LocalDate? ActivityDate,
    int? AttendedMinutes,
    int? PrepMinutes,
    int? TravelMinutes,
    IReadOnlyList<ExpenseInput>? Expenses,
    string? Recognition,
    string? Note);

/// <param name="Miles">Up to one decimal place.</param>
/// <param name="Hours">Up to two decimal places.</param>
public sealed record ExpenseInput(string? CategoryCode, long? AmountPence, decimal? Miles, decimal? Hours, bool? HasReceipt);

/// <summary>The shape of a claim or quote; rules that need the policy are checked when it is priced.</summary>
internal sealed class ClaimInputValidator : AbstractValidator<ClaimInput>
{
    public ClaimInputValidator(bool forQuote)
    {
        RuleFor(c => c.ActivityTypeCode).NotEmpty().When(c => c.ActivityId is null).MaximumLength(40);
        RuleFor(c => c.ActivityDate).NotNull().When(c => c.ActivityId is null);
        RuleFor(c => c.AttendedMinutes).InclusiveBetween(0, InputLimits.MinutesInDay);
        RuleFor(c => c.PrepMinutes).InclusiveBetween(0, InputLimits.MinutesInDay);
        RuleFor(c => c.TravelMinutes).InclusiveBetween(0, InputLimits.MinutesInDay);
        RuleFor(c => c.Recognition).Must(r => r is "payment" or "voucher" or "decline" || (forQuote && r is null))
            .WithMessage("Recognition is payment, voucher or decline.");
        RuleFor(c => c.Note).MaximumLength(InputLimits.MaxNoteLength);
        RuleFor(c => c.Expenses).Must(e => e is null || e.Count <= 50).WithMessage("A claim has at most 50 expense lines.");
        RuleForEach(c => c.Expenses).NotNull().ChildRules(expense =>
        {
            expense.RuleFor(e => e.CategoryCode).NotEmpty().MaximumLength(40);
            expense.RuleFor(e => e.AmountPence).InclusiveBetween(0, InputLimits.MaxPence);
            expense.RuleFor(e => e.Miles).InclusiveBetween(0m, InputLimits.MaxMiles).PrecisionScale(7, 1, ignoreTrailingZeros: true);
            expense.RuleFor(e => e.Hours).InclusiveBetween(0m, InputLimits.MaxHours).PrecisionScale(4, 2, ignoreTrailingZeros: true);
        });
    }
}
