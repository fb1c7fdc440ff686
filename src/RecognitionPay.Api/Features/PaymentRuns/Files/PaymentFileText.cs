using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>The text of a payment file line (the payee's name and account name) as the CSV and XML files can carry it.</summary>
internal static class PaymentFileText
{
    public static string? Unwritable(PaymentFileLine line) =>
        InputText.Problem(line.PayeeName) is { } name ? $"the payee's name: {name}"
        : line.Account is { } account && InputText.Problem(account.AccountName) is { } accountName ? $"the bank account name: {accountName}"
        : null;
}
