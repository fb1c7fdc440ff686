using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using RecognitionPay.Api.Features.PaymentRuns.Files;
using RecognitionPay.Api.Tests.Infrastructure;
using static RecognitionPay.Api.Tests.Features.PaymentRuns.Files.PaymentFileExamples;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

public sealed class Pain001FileTests
{
    private static readonly XNamespace Pain = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    [Fact]
    public async Task The_file_is_valid_against_the_pain_001_001_03_schema()
    {
        var file = await Write(new Pain001File(), Run(), Lines);

        Assert.Empty(SchemaProblems(file));
    }

    [Fact]
    public async Task The_schema_check_notices_a_file_the_schema_refuses()
    {
        var file = Encoding.UTF8.GetString(await Write(new Pain001File(), Run(), Lines)).Replace("<PmtMtd>TRF<", "<PmtMtd>CASH<", StringComparison.Ordinal);

        Assert.NotEmpty(SchemaProblems(Encoding.UTF8.GetBytes(file)));
    }

    [Fact]
    public async Task The_count_and_control_sum_of_the_bank_transfers_are_in_the_group_header_and_the_payment_block()
    {
        var document = XDocument.Load(new MemoryStream(await Write(new Pain001File(), Run(), Lines)));

        foreach (var block in new[] { document.Descendants(Pain + "GrpHdr").Single(), document.Descendants(Pain + "PmtInf").Single() })
        {
            Assert.Equal("2", block.Element(Pain + "NbOfTxs")!.Value);
            Assert.Equal("62.34", block.Element(Pain + "CtrlSum")!.Value);
        }
    }

    [Fact]
    public async Task The_header_names_the_run_and_the_block_pays_from_the_council_on_the_payment_date()
    {
        var document = XDocument.Load(new MemoryStream(await Write(new Pain001File(), Run(), Lines)));
        var header = document.Descendants(Pain + "GrpHdr").Single();
        var block = document.Descendants(Pain + "PmtInf").Single();

        Assert.Equal("RP-1a2b3c4d000040008000000000000001", header.Element(Pain + "MsgId")!.Value);
        Assert.Equal("2026-03-09T10:15:30Z", header.Element(Pain + "CreDtTm")!.Value);
        Assert.Equal("Example Borough Council", header.Element(Pain + "InitgPty")!.Element(Pain + "Nm")!.Value);
        Assert.Equal("TRF", block.Element(Pain + "PmtMtd")!.Value);
        Assert.Equal("2026-03-12", block.Element(Pain + "ReqdExctnDt")!.Value);
        Assert.Equal("40116231926819", block.Element(Pain + "DbtrAcct")!.Descendants(Pain + "Id").Last().Value);
        Assert.Equal(["GBDSC", "401162"], block.Element(Pain + "DbtrAgt")!.Descendants().Where(e => !e.HasElements).Select(e => e.Value));
    }

    [Fact]
    public async Task Each_bank_transfer_is_a_credit_transfer_to_the_payees_account_and_vouchers_are_left_out()
    {
        var document = XDocument.Load(new MemoryStream(await Write(new Pain001File(), Run(), Lines)));
        var transfers = document.Descendants(Pain + "CdtTrfTxInf").ToList();

        Assert.Equal([Ada.ItemId.ToString("N"), Zoe.ItemId.ToString("N")], transfers.Select(t => t.Descendants(Pain + "EndToEndId").Single().Value));
        var zoe = transfers[1];
        var amount = zoe.Descendants(Pain + "InstdAmt").Single();
        Assert.Equal(("50.00", "GBP"), (amount.Value, amount.Attribute("Ccy")!.Value));
        Assert.Equal("200000", zoe.Element(Pain + "CdtrAgt")!.Descendants(Pain + "MmbId").Single().Value);
        Assert.Equal(AwkwardName, zoe.Element(Pain + "Cdtr")!.Element(Pain + "Nm")!.Value);
        Assert.Equal("20000087654321", zoe.Element(Pain + "CdtrAcct")!.Descendants(Pain + "Id").Last().Value);
        Assert.Equal("RecognitionPay 12 Mar", zoe.Descendants(Pain + "Ustrd").Single().Value);
    }

    [Fact]
    public async Task A_long_name_is_cut_to_70_characters_and_the_file_stays_valid()
    {
        var longName = string.Concat(Enumerable.Repeat("Bartholomew ", 10));
        var lines = new[] { Ada, Zoe with { Account = new(longName, "200000", "87654321") } };

        var file = await Write(new Pain001File(), Run(), lines);

        Assert.Empty(SchemaProblems(file));
        Assert.Equal(longName[..70], XDocument.Load(new MemoryStream(file)).Descendants(Pain + "Cdtr").Last().Element(Pain + "Nm")!.Value);
    }

    private static List<string> SchemaProblems(byte[] file)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.Schemas.Add(Pain.NamespaceName, Path.Combine(RepositoryPaths.Schemas, "pain.001.001.03.xsd"));
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(file), settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
