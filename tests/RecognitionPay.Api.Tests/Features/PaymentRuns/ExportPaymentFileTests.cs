using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Schema;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns;

/// <summary>Finance downloads a run's files over HTTP: CSV with full bank details, Bacs 18 and pain.001 for the bank.</summary>
public sealed class ExportPaymentFileTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _finance = app.As(Roles.Finance, "finance@council.example");

    [Fact]
    public async Task A_run_exports_as_csv_bacs_and_pain001_that_agree_with_the_run()
    {
        var run = await RunWithTwoTransfersAndAVoucher();

        var csv = await _finance.GetAsync($"/api/v1/batches/{run["id"]}/export?format=csv");
        var bacs = await _finance.GetStringAsync($"/api/v1/batches/{run["id"]}/export?format=bacs18");
        var pain = await _finance.GetStringAsync($"/api/v1/batches/{run["id"]}/export?format=pain001");
        var vouchers = (await _finance.GetStringAsync($"/api/v1/batches/{run["id"]}/export?format=vouchers")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var rows = CsvRows.Read(await csv.Content.ReadAsStreamAsync());

        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.Contains("12345678") && r.Contains("123456"));
        Assert.Contains(rows, r => r.Contains("voucher"));
        Assert.Equal(2, vouchers.Length);
        Assert.StartsWith("\"Person export.c@example.org\",6890,68.90,", vouchers[1], StringComparison.Ordinal);
        var records = bacs.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, records.Length);
        Assert.All(records, r => Assert.Equal(100, r.Length));
        Assert.Equal(2 * Scenario.MeetingTotalPence, long.Parse(records[^1][35..46], System.Globalization.CultureInfo.InvariantCulture));
        var document = Validated(pain);
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("p", "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
        Assert.Equal("2", document.SelectSingleNode("//p:GrpHdr/p:NbOfTxs", ns)!.InnerText);
        Assert.Equal("137.80", document.SelectSingleNode("//p:GrpHdr/p:CtrlSum", ns)!.InnerText);
        Assert.Equal("137.80", document.SelectSingleNode("//p:PmtInf/p:CtrlSum", ns)!.InnerText);
    }

    [Fact]
    public async Task Bank_files_of_a_run_with_no_bank_transfers_are_refused_but_its_csv_is_not()
    {
        var empty = await (await _finance.PostAsJsonAsync("/api/v1/batches", new { })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, (await _finance.GetAsync($"/api/v1/batches/{empty!["id"]}/export?format=csv")).StatusCode);
        await (await _finance.GetAsync($"/api/v1/batches/{empty["id"]}/export?format=bacs18")).AssertProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_unknown_run_or_format_is_refused()
    {
        await (await _finance.GetAsync($"/api/v1/batches/{Guid.NewGuid()}/export?format=csv")).AssertProblem(HttpStatusCode.NotFound);
        var run = await (await _finance.PostAsJsonAsync("/api/v1/batches", new { })).Content.ReadFromJsonAsync<JsonObject>();
        await (await _finance.GetAsync($"/api/v1/batches/{run!["id"]}/export?format=xlsx")).AssertInvalidField("format");
    }

    private async Task<JsonObject> RunWithTwoTransfersAndAVoucher()
    {
        var approver = app.As(Roles.Staff, "approver@council.example");
        foreach (var (email, method) in new[] { ("export.a@example.org", "bank-transfer"), ("export.b@example.org", "bank-transfer"), ("export.c@example.org", "voucher") })
        {
            await app.RegisterPerson(email, new { paymentMethod = method });
            var claim = await app.As(Roles.CoProducer, email).SubmitOk(Scenario.Meeting());
            await approver.Decide((Guid)claim["id"]!, "approve");
        }

        return await _finance.CreateRunOk();
    }

    private static XmlDocument Validated(string xml)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", Path.Combine(RepositoryPaths.Schemas, "pain.001.001.03.xsd"));
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => throw new XmlSchemaValidationException(e.Message);
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = new XmlDocument();
        document.Load(reader);
        return document;
    }
}
