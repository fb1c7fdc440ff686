namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// One format of payment file. A writer streams: it writes each line as it arrives and keeps none of them, so memory
/// does not grow with the run. It never closes <c>output</c>.
/// </summary>
public interface IPaymentFile
{
    /// <summary>"csv", "bacs18" or "pain001", as <c>?format=</c> names it.</summary>
    string Format { get; }

    string ContentType { get; }

    /// <summary>For example <c>recognitionpay-2026-12-04-1a2b3c4d.csv</c>.</summary>
    string FileName(PaymentFileRun run);

    /// <summary>
    /// Why <paramref name="line"/> cannot be written in this format's character set, or null when it can. Every line
    /// is checked before the first byte of a file is sent, so a file is sent whole or not at all.
    /// </summary>
    string? Unwritable(PaymentFileLine line);

    /// <summary>
    /// Writes the file for <paramref name="run"/>. Throws <see cref="InvalidOperationException"/>, leaving the file
    /// unfinished, when the bank transfers among <paramref name="lines"/> disagree with the run's count or total, or a
    /// line cannot be paid (a bank transfer without an account or of no positive amount, or no payment method).
    /// </summary>
    Task WriteAsync(PaymentFileRun run, Originator originator, IAsyncEnumerable<PaymentFileLine> lines, Stream output, CancellationToken cancellationToken);
}
