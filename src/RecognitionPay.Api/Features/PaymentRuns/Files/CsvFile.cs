using System.Text;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// Finance's export: a header row, then one row per item of every method, with full bank details (the only place
/// they are shown unmasked). RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. UTF-8
/// with a byte-order mark, so that spreadsheets show accented names as written.
/// </summary>
public sealed class CsvFile : IPaymentFile
{
    private const int FlushEvery = 1000;
    private const string Header = "payeeName,method,sortCode,accountNumber,accountName,amountPence,amountPounds,reference,claimIds,personId,itemId";

    public string Format => "csv";

    public string? Unwritable(PaymentFileLine line) => PaymentFileText.Unwritable(line);

    public string ContentType => "text/csv";

    public string FileName(PaymentFileRun run) => run.FileName("csv");

    public async Task WriteAsync(PaymentFileRun run, Originator originator, IAsyncEnumerable<PaymentFileLine> lines, Stream output, CancellationToken cancellationToken)
    {
        var tally = new BankTransferTally(run);
        var reference = PaymentReference.For(run.PaymentDate);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        var row = new StringBuilder();
        var written = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            var account = tally.Count(line);
            row.Clear();
            CsvFields.AppendText(row, line.PayeeName).Append(',')
                .Append(MethodName(line.Method)).Append(',')
                .Append(account?.SortCode).Append(',')
                .Append(account?.AccountNumber).Append(',');
            CsvFields.AppendText(row, account?.AccountName ?? "").Append(',')
                .Append(line.Amount.Pence).Append(',')
                .Append(DecimalPounds.Format(line.Amount)).Append(',');
            CsvFields.AppendField(row, reference).Append(',')
                .AppendJoin(';', line.ClaimIds).Append(',')
                .Append(line.PersonId).Append(',')
                .Append(line.ItemId).Append("\r\n");
            await writer.WriteAsync(row, cancellationToken);
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        tally.EnsureItMatchesTheRun();
    }

    private static string MethodName(PaymentMethod method) => method == PaymentMethod.BankTransfer ? "bank-transfer" : "voucher";
}
