using System.Text;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;
using static RecognitionPay.Api.Tests.Features.PaymentRuns.Files.PaymentFileExamples;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

/// <summary>What every format promises: its name and type, and never to finish a file that disagrees with its run.</summary>
public sealed class PaymentFileTests
{
    [Theory]
    [InlineData("csv", "text/csv", "recognitionpay-2026-03-12-1a2b3c4d.csv")]
    [InlineData("bacs18", "text/plain", "recognitionpay-2026-03-12-1a2b3c4d.txt")]
    [InlineData("pain001", "application/xml", "recognitionpay-2026-03-12-1a2b3c4d.xml")]
    public void Each_format_names_its_type_and_its_file_after_the_payment_date_and_the_run(string format, string contentType, string fileName)
    {
        var file = InFormat(format);

        Assert.Equal(contentType, file.ContentType);
        Assert.Equal(fileName, file.FileName(Run()));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task Fewer_bank_transfers_than_the_run_declares_is_refused(string format) =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => Write(InFormat(format), Run(3, 6234 + 100), Lines));

    [Theory]
    [InlineData("csv")]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task A_total_other_than_the_run_declares_is_refused(string format) =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => Write(InFormat(format), Run(2, 6235), Lines));

    [Theory]
    [InlineData("bacs18", "CONTRA")]
    [InlineData("pain001", "</Document>")]
    public async Task A_bank_file_that_disagrees_with_its_run_is_left_unfinished(string format, string ending)
    {
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            InFormat(format).WriteAsync(Run(2, 9999), Council, Arriving(Lines), output, CancellationToken.None));

        Assert.DoesNotContain(ending, Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task A_run_of_vouchers_only_has_no_bank_file(string format)
    {
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            InFormat(format).WriteAsync(Run(0, 0), Council, Arriving([BobByVoucher]), output, CancellationToken.None));

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task A_run_of_vouchers_only_still_has_a_CSV() =>
        Assert.NotEmpty(await Write(InFormat("csv"), Run(0, 0), [BobByVoucher]));

    [Theory]
    [InlineData("csv")]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task A_bank_transfer_without_a_bank_account_is_refused(string format) =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => Write(InFormat(format), Run(1, 1234), [Ada with { Account = null }]));

    [Theory]
    [InlineData("csv")]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task A_bank_transfer_of_nothing_is_refused(string format) =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => Write(InFormat(format), Run(1, 0), [Ada with { Amount = Money.Zero }]));

    [Theory]
    [InlineData("csv")]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task An_item_without_a_payment_method_is_refused(string format) =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => Write(InFormat(format), Run(1, 1234), [Ada, BobByVoucher with { Method = PaymentMethod.None }]));

    [Theory]
    [InlineData("csv")]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task Writing_stops_when_the_request_is_cancelled(string format)
    {
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            InFormat(format).WriteAsync(Run(), Council, Arriving(Lines), output, new CancellationToken(canceled: true)));
    }
}
