using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RecognitionPay.Api.Features.PaymentRuns.Files;
using static RecognitionPay.Api.Tests.Features.PaymentRuns.Files.PaymentFileExamples;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

public sealed partial class Bacs18FileTests
{
    [Fact]
    public async Task Every_record_is_100_characters_of_the_Bacs_alphabet_ending_in_CRLF()
    {
        var text = Encoding.ASCII.GetString(await Write(new Bacs18File(), Run(), Lines));

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.All(Records(text), record => Assert.Matches(BacsRecord(), record));
    }

    [Fact]
    public async Task Each_bank_transfer_is_a_direct_credit_and_vouchers_are_left_out()
    {
        var records = Records(Encoding.ASCII.GetString(await Write(new Bacs18File(), Run(), Lines)));

        Assert.Equal(3, records.Length);
        Assert.Equal(
            "112233" + "12345678" + "0" + "99" + "401162" + "31926819" + "    " + "00000001234"
            + "EXAMPLE BOROUGH CO" + "RECOGNITION 12 MAR" + "ADA LOVELACE      ",
            records[0]);
        Assert.Equal("200000" + "87654321" + "0" + "99", records[1][..17]);
        Assert.Equal("00000005000", records[1][35..46]);
        Assert.Equal("ZOE  ZED  O NEILL ", records[1][82..100]);
        Assert.DoesNotContain(records, record => record.Contains("BOB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_contra_debits_the_council_with_the_total_of_the_credits()
    {
        var records = Records(Encoding.ASCII.GetString(await Write(new Bacs18File(), Run(), Lines)));
        var credits = records[..^1];
        var contra = records[^1];

        Assert.All(credits, credit => Assert.Equal("99", credit[15..17]));
        Assert.Equal(
            "401162" + "31926819" + "0" + "17" + "401162" + "31926819" + "    " + "00000006234"
            + "EXAMPLE BOROUGH CO" + "CONTRA            " + "EXAMPLE BOROUGH CO",
            contra);
        Assert.Equal(long.Parse(contra[35..46], CultureInfo.InvariantCulture), credits.Sum(credit => long.Parse(credit[35..46], CultureInfo.InvariantCulture)));
    }

    private static string[] Records(string text) => text.Split("\r\n")[..^1];

    [GeneratedRegex("^[A-Z0-9.&/\\- ]{100}$")]
    private static partial Regex BacsRecord();
}
