using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.People;

/// <summary>A UK bank account: a 6-digit sort code and an 8-digit account number, shown masked everywhere but the payment export.</summary>
public sealed class BankAccountTests
{
    private const string Name = "S Carter";

    [Theory]
    [InlineData("123456")]
    [InlineData("12-34-56")]
    [InlineData("12 34 56")]
    [InlineData(" 12-34-56 ")]
    [InlineData("12 - 34 - 56")]
    [InlineData("000000")]
    public void A_sort_code_is_six_digits_with_or_without_dashes_or_spaces(string sortCode)
    {
        Assert.True(BankAccount.IsSortCode(sortCode));
        Assert.Equal(sortCode.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
            new BankAccount(Name, sortCode, "12345678").SortCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12-34-5")]
    [InlineData("12-34-567")]
    [InlineData("12-34-5a")]
    [InlineData("ab-cd-ef")]
    [InlineData("12.34.56")]
    [InlineData("12/34/56")]
    [InlineData("+12345")]
    [InlineData("１２３４５６")]
    [InlineData("١٢٣٤٥٦")]
    public void A_sort_code_with_letters_other_marks_or_the_wrong_number_of_digits_is_refused(string sortCode)
    {
        Assert.False(BankAccount.IsSortCode(sortCode));
        var refusal = Assert.Throws<ArgumentException>(() => new BankAccount(Name, sortCode, "12345678"));
        Assert.Equal("sortCode", refusal.ParamName);
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234 5678")]
    [InlineData("1234-5678")]
    [InlineData(" 12 34 56 78 ")]
    [InlineData("00000000")]
    public void An_account_number_is_eight_digits_with_or_without_dashes_or_spaces(string accountNumber)
    {
        Assert.True(BankAccount.IsAccountNumber(accountNumber));
        Assert.Equal(accountNumber.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
            new BankAccount(Name, "123456", accountNumber).AccountNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("        ")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("ABCDEFGH")]
    [InlineData("1234.5678")]
    [InlineData("１２３４５６７８")]
    public void An_account_number_with_letters_other_marks_or_the_wrong_number_of_digits_is_refused(string accountNumber)
    {
        Assert.False(BankAccount.IsAccountNumber(accountNumber));
        var refusal = Assert.Throws<ArgumentException>(() => new BankAccount(Name, "123456", accountNumber));
        Assert.Equal("accountNumber", refusal.ParamName);
    }

    [Fact]
    public void Nothing_is_neither_a_sort_code_nor_an_account_number()
    {
        Assert.False(BankAccount.IsSortCode(null));
        Assert.False(BankAccount.IsAccountNumber(null));
    }

    [Fact]
    public void A_sort_code_is_not_an_account_number_nor_the_other_way_round()
    {
        Assert.False(BankAccount.IsAccountNumber("123456"));
        Assert.False(BankAccount.IsSortCode("12345678"));
    }

    [Fact]
    public void The_account_name_is_kept_without_the_spaces_around_it()
    {
        Assert.Equal("S Carter", new BankAccount("  S Carter ", "123456", "12345678").AccountName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_account_without_a_name_is_refused(string accountName)
    {
        var refusal = Assert.Throws<ArgumentException>(() => new BankAccount(accountName, "123456", "12345678"));
        Assert.Equal("accountName", refusal.ParamName);
    }

    [Fact]
    public void An_account_name_is_at_most_two_hundred_characters()
    {
        var longest = new string('a', BankAccount.MaxNameLength);

        Assert.Equal(longest, new BankAccount(longest, "123456", "12345678").AccountName);
        Assert.Throws<ArgumentException>(() => new BankAccount(longest + "a", "123456", "12345678"));
    }

    [Theory]
    [InlineData("12-34-56", "12345678", "**-**-56", "****5678")]
    [InlineData("987654", "8765 4321", "**-**-54", "****4321")]
    [InlineData("00 00 01", "00000001", "**-**-01", "****0001")]
    public void Masking_shows_only_the_last_two_sort_code_digits_and_the_last_four_account_digits(
        string sortCode, string accountNumber, string maskedSortCode, string maskedAccountNumber)
    {
        var masked = new BankAccount(Name, sortCode, accountNumber).Masked();

        Assert.Equal(new MaskedBankAccount(Name, maskedSortCode, maskedAccountNumber), masked);
    }

    [Fact]
    public void A_masked_account_hides_every_other_digit()
    {
        var masked = new BankAccount(Name, "12-34-56", "87654321").Masked();

        Assert.Equal(2, masked.SortCode.Count(char.IsAsciiDigit));
        Assert.Equal(4, masked.AccountNumber.Count(char.IsAsciiDigit));
        Assert.DoesNotContain("1234", masked.SortCode, StringComparison.Ordinal);
        Assert.DoesNotContain("8765", masked.AccountNumber, StringComparison.Ordinal);
    }

    [Fact]
    public void A_masked_account_is_the_same_length_whoever_it_belongs_to()
    {
        var first = new BankAccount(Name, "123456", "12345678").Masked();
        var second = new BankAccount(Name, "98-76-54", "9876 5432").Masked();

        Assert.Equal(first.SortCode.Length, second.SortCode.Length);
        Assert.Equal(first.AccountNumber.Length, second.AccountNumber.Length);
    }
}
