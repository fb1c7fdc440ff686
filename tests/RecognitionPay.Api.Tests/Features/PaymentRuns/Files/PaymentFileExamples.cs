using NodaTime;
using RecognitionPay.Api.Features.PaymentRuns.Files;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

/// <summary>A small run to write in every format: two bank transfers (one to a name with a comma, a quote and an accent) and a voucher.</summary>
public static class PaymentFileExamples
{
    public const string AwkwardName = "Zoë \"Zed\" O'Neill, Jr. & Co";

    public static readonly Originator Council = new("Example Borough Council", "40-11-62", "3192 6819");

    public static readonly Guid RunId = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000001");

    public static readonly LocalDate PaymentDate = new(2026, 3, 12);

    public static readonly PaymentFileLine Ada = new(
        Guid.Parse("a0000000-0000-4000-8000-0000000000a1"), Guid.Parse("a0000000-0000-4000-8000-0000000000a2"), "Ada Lovelace",
        PaymentMethod.BankTransfer, new BankAccount("Ada Lovelace", "11-22-33", "12345678"), Money.FromPence(1234),
        [Guid.Parse("c0000000-0000-4000-8000-0000000000c1"), Guid.Parse("c0000000-0000-4000-8000-0000000000c2")]);

    public static readonly PaymentFileLine Zoe = new(
        Guid.Parse("b0000000-0000-4000-8000-0000000000b1"), Guid.Parse("b0000000-0000-4000-8000-0000000000b2"), AwkwardName,
        PaymentMethod.BankTransfer, new BankAccount(AwkwardName, "200000", "87654321"), Money.FromPence(5000),
        [Guid.Parse("c0000000-0000-4000-8000-0000000000c3")]);

    public static readonly PaymentFileLine BobByVoucher = new(
        Guid.Parse("d0000000-0000-4000-8000-0000000000d1"), Guid.Parse("d0000000-0000-4000-8000-0000000000d2"), "Bob Voucher",
        PaymentMethod.Voucher, null, Money.FromPence(2500),
        [Guid.Parse("c0000000-0000-4000-8000-0000000000c4")]);

    public static IReadOnlyList<PaymentFileLine> Lines { get; } = [Ada, BobByVoucher, Zoe];

    public static IReadOnlyList<IPaymentFile> Formats { get; } = [new CsvFile(), new Bacs18File(), new Pain001File()];

    /// <summary>The run of <see cref="Lines"/>: two bank transfers, £62.34.</summary>
    public static PaymentFileRun Run(int bankTransferCount = 2, long bankTransferPence = 6234) =>
        new(RunId, PaymentDate, Instant.FromUtc(2026, 3, 9, 10, 15, 30), bankTransferCount, Money.FromPence(bankTransferPence));

    public static IPaymentFile InFormat(string format) => Formats.Single(file => file.Format == format);

    public static async Task<byte[]> Write(IPaymentFile file, PaymentFileRun run, IEnumerable<PaymentFileLine> lines)
    {
        using var output = new MemoryStream();
        await file.WriteAsync(run, Council, Arriving(lines), output, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>Lines that arrive one at a time, as they do from the database.</summary>
    public static async IAsyncEnumerable<PaymentFileLine> Arriving(IEnumerable<PaymentFileLine> lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }
}
