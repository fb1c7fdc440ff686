using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// The council's own account the payments are made from (from configuration). Refuses a blank name, and a sort code
/// or account number that is not 6 or 8 digits; dashes and spaces are accepted and dropped.
/// </summary>
public sealed record Originator(string Name, string SortCode, string AccountNumber)
{
    public string Name { get; } = string.IsNullOrWhiteSpace(Name)
        ? throw new ArgumentException("The originator's name is required.", nameof(Name))
        : Name.Trim();

    /// <summary>Six digits.</summary>
    public string SortCode { get; } = BankAccount.IsSortCode(SortCode)
        ? DigitsOf(SortCode)
        : throw new ArgumentException("The originator's sort code is 6 digits.", nameof(SortCode));

    /// <summary>Eight digits.</summary>
    public string AccountNumber { get; } = BankAccount.IsAccountNumber(AccountNumber)
        ? DigitsOf(AccountNumber)
        : throw new ArgumentException("The originator's account number is 8 digits.", nameof(AccountNumber));

    private static string DigitsOf(string value) => string.Concat(value.Where(char.IsAsciiDigit));
}
