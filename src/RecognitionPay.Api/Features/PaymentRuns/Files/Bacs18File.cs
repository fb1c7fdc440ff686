using System.Globalization;
using System.Text;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// Bacs Standard 18, DAILY layout (shared/docs/domain.md (C)): one 100-character Direct Credit record (code 99) per
/// bank transfer, then one contra record (code 17) that debits the council's own account with their total. Vouchers
/// are not in it. Only the data records are written: the bureau's software adds the VOL1/HDR1/HDR2/UHL1 and
/// EOF/UTL1 labels. Every record ends with CRLF, which most bureaux accept.
/// </summary>
public sealed class Bacs18File : IPaymentFile
{
    private const int FlushEvery = 1000;
    private const int TextLength = 18;
    private const long MaxPence = 99_999_999_999;

    public string Format => "bacs18";

    /// <summary>Always writable: <see cref="BacsText"/> puts any text into Bacs' alphabet.</summary>
    public string? Unwritable(PaymentFileLine line) => null;

    public string ContentType => "text/plain";

    public string FileName(PaymentFileRun run) => run.FileName("txt");

    public async Task WriteAsync(PaymentFileRun run, Originator originator, IAsyncEnumerable<PaymentFileLine> lines, Stream output, CancellationToken cancellationToken)
    {
        var tally = BankTransferTally.ForBankFile(run);
        var reference = PaymentReference.ForBacs(run.PaymentDate);
        await using var writer = new StreamWriter(output, Encoding.ASCII, leaveOpen: true);
        var written = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            if (tally.Count(line) is not { } account)
            {
                continue;
            }

            var credit = Record(account.SortCode, account.AccountNumber, "99", originator, line.Amount, reference, account.AccountName);
            await writer.WriteAsync(credit.AsMemory(), cancellationToken);
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        tally.EnsureItMatchesTheRun();
        // The contra names the council twice: as the originator, and as the destination account it debits.
        var contra = Record(originator.SortCode, originator.AccountNumber, "17", originator, tally.Total, "CONTRA", originator.Name);
        await writer.WriteAsync(contra.AsMemory(), cancellationToken);
    }

    /// <summary>
    /// Destination sort code and account, account type "0", transaction code, originating sort code and account, four
    /// spaces, the amount in pence (11 digits), the originator's name, the reference, the destination account's name.
    /// </summary>
    private static string Record(string sortCode, string accountNumber, string transactionCode, Originator originator, Money amount, string reference, string accountName) =>
        string.Concat(
            sortCode, accountNumber, "0", transactionCode,
            originator.SortCode, originator.AccountNumber, "    ",
            Pence(amount),
            BacsText.Field(originator.Name, TextLength), BacsText.Field(reference, TextLength), BacsText.Field(accountName, TextLength),
            "\r\n");

    private static string Pence(Money amount) => amount.Pence <= MaxPence
        ? amount.Pence.ToString("D11", CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"{amount} is more than a Standard 18 record's 11 digits of pence can hold.");
}
