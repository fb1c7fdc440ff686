using NodaTime;
using NodaTime.Text;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>The run a file is for; counts and totals of its bank-transfer items are known before the lines are streamed.</summary>
public sealed record PaymentFileRun(Guid RunId, LocalDate PaymentDate, Instant CreatedAt, int BankTransferCount, Money BankTransferTotal)
{
    /// <summary>"recognitionpay-2026-12-04-1a2b3c4d." + <paramref name="extension"/>: the payment date and the start of the run id.</summary>
    public string FileName(string extension) =>
        $"recognitionpay-{LocalDatePattern.Iso.Format(PaymentDate)}-{RunId.ToString("N")[..8]}.{extension}";
}
