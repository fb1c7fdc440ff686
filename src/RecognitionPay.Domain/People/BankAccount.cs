namespace RecognitionPay.Domain.People;

/// <summary>A UK bank account to pay into: the name on it, a 6-digit sort code and an 8-digit account number.</summary>
public sealed record BankAccount
{
    public const int MaxNameLength = 200;

    public BankAccount(string accountName, string sortCode, string accountNumber)
    {
        var name = accountName.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new ArgumentException("The account name is 1 to 200 characters.", nameof(accountName));
        }

        SortCode = Digits(sortCode, 6, nameof(sortCode));
        AccountNumber = Digits(accountNumber, 8, nameof(accountNumber));
        AccountName = name;
    }

    public string AccountName { get; }

    /// <summary>Six digits, no separators.</summary>
    public string SortCode { get; }

    /// <summary>Eight digits.</summary>
    public string AccountNumber { get; }

    /// <summary>What may be shown anywhere but finance's payment export: the last two and last four digits.</summary>
    public MaskedBankAccount Masked() => new(AccountName, $"**-**-{SortCode[4..]}", $"****{AccountNumber[4..]}");

    /// <summary>Whether <paramref name="value"/> is a sort code (6 digits, with or without dashes or spaces).</summary>
    public static bool IsSortCode(string? value) => value is not null && Normalise(value) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    public static bool IsAccountNumber(string? value) => value is not null && Normalise(value) is { Length: 8 } digits && digits.All(char.IsAsciiDigit);

    private static string Digits(string value, int length, string field)
    {
        var digits = Normalise(value);
        return digits.Length == length && digits.All(char.IsAsciiDigit)
            ? digits
            : throw new ArgumentException($"Expected {length} digits.", field);
    }

    private static string Normalise(string value) => value.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
}

/// <summary>A bank account with all but the last digits hidden.</summary>
public sealed record MaskedBankAccount(string AccountName, string SortCode, string AccountNumber);
