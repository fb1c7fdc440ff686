using System.Text;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// The run's vouchers on their own, for staff to issue by hand: one row per voucher item, no bank details. CSV as
/// CsvFile writes it (CRLF, UTF-8 with a byte-order mark, fields quoted when needed).
/// </summary>
public sealed class VoucherListFile : IPaymentFile
{
    private const string Header = "payeeName,amountPence,amountPounds,reference,claimIds,personId,itemId";

    public string Format => "vouchers";

    public string? Unwritable(PaymentFileLine line) => PaymentFileText.Unwritable(line);

    public string ContentType => "text/csv";

    public string FileName(PaymentFileRun run) => run.FileName("vouchers.csv");

    public async Task WriteAsync(PaymentFileRun run, Originator originator, IAsyncEnumerable<PaymentFileLine> lines, Stream output, CancellationToken cancellationToken)
    {
        var reference = PaymentReference.For(run.PaymentDate);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        var row = new StringBuilder();
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            if (line.Method != PaymentMethod.Voucher)
            {
                continue;
            }

            row.Clear()
                .Append(Quoted(line.PayeeName)).Append(',')
                .Append(line.Amount.Pence).Append(',')
                .Append(DecimalPounds.Format(line.Amount)).Append(',')
                .Append(Quoted(reference)).Append(',')
                .AppendJoin(';', line.ClaimIds).Append(',')
                .Append(line.PersonId).Append(',')
                .Append(line.ItemId).Append("\r\n");
            await writer.WriteAsync(row, cancellationToken);
        }
    }

    /// <summary>Always quoted, with a leading apostrophe before anything a spreadsheet would run as a formula.</summary>
    private static string Quoted(string text) =>
        "\"" + (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
