using RecognitionPay.Api.Features.PaymentRuns.Files;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;
using static RecognitionPay.Api.Tests.Features.PaymentRuns.Files.PaymentFileExamples;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

public sealed class CsvFileTests
{
    [Fact]
    public async Task Every_item_is_a_row_under_a_header_whatever_its_method()
    {
        var rows = Parse(await Write(new CsvFile(), Run(), Lines));

        Assert.Equal(
            ["payeeName", "method", "sortCode", "accountNumber", "accountName", "amountPence", "amountPounds", "reference", "claimIds", "personId", "itemId"],
            rows[0]);
        Assert.Equal(["Ada Lovelace", "Bob Voucher", AwkwardName], rows.Skip(1).Select(row => row[0]));
        Assert.All(rows, row => Assert.Equal(11, row.Length));
    }

    [Fact]
    public async Task A_bank_transfer_row_has_full_bank_details_amounts_in_pence_and_pounds_and_its_claims()
    {
        var rows = Parse(await Write(new CsvFile(), Run(), Lines));

        Assert.Equal(
            [
                "Ada Lovelace", "bank-transfer", "112233", "12345678", "Ada Lovelace", "1234", "12.34", "RecognitionPay 12 Mar",
                "c0000000-0000-4000-8000-0000000000c1;c0000000-0000-4000-8000-0000000000c2",
                Ada.PersonId.ToString(), Ada.ItemId.ToString(),
            ],
            rows[1]);
    }

    [Fact]
    public async Task A_voucher_row_has_no_bank_details()
    {
        var rows = Parse(await Write(new CsvFile(), Run(), Lines));

        Assert.Equal(["Bob Voucher", "voucher", "", "", "", "2500", "25.00"], rows[2][..7]);
        Assert.Equal(BobByVoucher.ClaimIds.Single().ToString(), rows[2][8]);
    }

    [Fact]
    public async Task A_name_with_a_comma_a_quote_and_an_accent_survives_quoting()
    {
        var rows = Parse(await Write(new CsvFile(), Run(), Lines));

        Assert.Equal([AwkwardName, "bank-transfer", "200000", "87654321", AwkwardName, "5000", "50.00"], rows[3][..7]);
    }

    [Fact]
    public async Task A_name_that_starts_like_a_spreadsheet_formula_is_written_as_text()
    {
        var formula = Ada with { PayeeName = "=HYPERLINK(\"http://example.org\")", Account = new BankAccount("+44 Ltd", "112233", "12345678") };

        var rows = Parse(await Write(new CsvFile(), Run(1, 1234), [formula]));

        Assert.Equal("'=HYPERLINK(\"http://example.org\")", rows[1][0]);
        Assert.Equal("'+44 Ltd", rows[1][4]);
    }

    [Fact]
    public async Task Rows_end_with_CRLF_as_RFC_4180_asks()
    {
        var text = System.Text.Encoding.UTF8.GetString(await Write(new CsvFile(), Run(), Lines));

        Assert.Equal(4, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0.00")]
    [InlineData(5, "0.05")]
    [InlineData(1234, "12.34")]
    [InlineData(100_000, "1000.00")]
    [InlineData(123_456_789_012, "1234567890.12")]
    [InlineData(-105, "-1.05")]
    public void Pounds_are_written_from_pence_with_two_decimal_places(long pence, string pounds) =>
        Assert.Equal(pounds, DecimalPounds.Format(Money.FromPence(pence)));

    private static List<string[]> Parse(byte[] csv) => CsvRows.Read(new MemoryStream(csv));
}
