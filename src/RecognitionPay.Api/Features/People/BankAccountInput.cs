using FluentValidation;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.People;

/// <summary>Bank details as sent to the people routes, checked as typed.</summary>
public sealed record BankAccountInput(string? AccountName, string? SortCode, string? AccountNumber)
{
    public BankAccount ToBankAccount() => new(AccountName!, SortCode!, AccountNumber!);
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
