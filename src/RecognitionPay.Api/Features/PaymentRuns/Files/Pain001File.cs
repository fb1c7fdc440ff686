using System.Globalization;
using System.Text;
using System.Xml;
using NodaTime.Text;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// ISO 20022 pain.001.001.03, valid against shared/schemas/pain.001.001.03.xsd: one group header, one payment
/// information block paying from the council's account, one credit transfer per bank transfer. UK accounts are
/// identified by sort code and account number (a BBAN), and banks by sort code in the UK clearing system (GBDSC).
/// </summary>
public sealed class Pain001File : IPaymentFile
{
    private const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private const int FlushEvery = 1000;
    private const int MaxNameLength = 70;

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
        // A file stopped by an error must stay unfinished, never be closed into a well-formed document.
        WriteEndDocumentOnClose = false,
    };

    public string Format => "pain001";

    public string? Unwritable(PaymentFileLine line) => PaymentFileText.Unwritable(line);

    public string ContentType => "application/xml";

    public string FileName(PaymentFileRun run) => run.FileName("xml");

    public async Task WriteAsync(PaymentFileRun run, Originator originator, IAsyncEnumerable<PaymentFileLine> lines, Stream output, CancellationToken cancellationToken)
    {
        var tally = BankTransferTally.ForBankFile(run);
        var reference = PaymentReference.For(run.PaymentDate);
        var count = run.BankTransferCount.ToString(CultureInfo.InvariantCulture);
        var controlSum = DecimalPounds.Format(run.BankTransferTotal);
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "Document", Namespace);
        await Start(xml, "CstmrCdtTrfInitn");

        await Start(xml, "GrpHdr");
        await Element(xml, "MsgId", $"RP-{run.RunId:N}");
        await Element(xml, "CreDtTm", InstantPattern.General.Format(run.CreatedAt));
        await Element(xml, "NbOfTxs", count);
        await Element(xml, "CtrlSum", controlSum);
        await Party(xml, "InitgPty", originator.Name);
        await xml.WriteEndElementAsync();

        await Start(xml, "PmtInf");
        await Element(xml, "PmtInfId", run.RunId.ToString("N"));
        await Element(xml, "PmtMtd", "TRF");
        await Element(xml, "NbOfTxs", count);
        await Element(xml, "CtrlSum", controlSum);
        await Element(xml, "ReqdExctnDt", LocalDatePattern.Iso.Format(run.PaymentDate));
        await Party(xml, "Dbtr", originator.Name);
        await Account(xml, "DbtrAcct", originator.SortCode, originator.AccountNumber);
        await Agent(xml, "DbtrAgt", originator.SortCode);

        var written = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            // XmlWriter's async methods take no token, so the token is checked here.
            cancellationToken.ThrowIfCancellationRequested();
            if (tally.Count(line) is not { } account)
            {
                continue;
            }

            await Start(xml, "CdtTrfTxInf");
            await Start(xml, "PmtId");
            await Element(xml, "EndToEndId", line.ItemId.ToString("N"));
            await xml.WriteEndElementAsync();
            await Start(xml, "Amt");
            await Start(xml, "InstdAmt");
            await xml.WriteAttributeStringAsync(null, "Ccy", null, "GBP");
            await xml.WriteStringAsync(DecimalPounds.Format(line.Amount));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await Agent(xml, "CdtrAgt", account.SortCode);
            await Party(xml, "Cdtr", account.AccountName);
            await Account(xml, "CdtrAcct", account.SortCode, account.AccountNumber);
            await Start(xml, "RmtInf");
            await Element(xml, "Ustrd", reference);
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            if (++written % FlushEvery == 0)
            {
                await xml.FlushAsync();
            }
        }

        tally.EnsureItMatchesTheRun();
        await xml.WriteEndDocumentAsync();
    }

    private static Task Start(XmlWriter xml, string name) => xml.WriteStartElementAsync(null, name, null);

    private static Task Element(XmlWriter xml, string name, string value) => xml.WriteElementStringAsync(null, name, null, value);

    /// <summary>A party by name alone, cut to the 70 characters banks' guidelines allow.</summary>
    private static async Task Party(XmlWriter xml, string element, string name)
    {
        await Start(xml, element);
        await Element(xml, "Nm", Cut(name, MaxNameLength));
        await xml.WriteEndElementAsync();
    }

    private static async Task Account(XmlWriter xml, string element, string sortCode, string accountNumber)
    {
        await Start(xml, element);
        await Start(xml, "Id");
        await Start(xml, "Othr");
        await Element(xml, "Id", sortCode + accountNumber);
        await Start(xml, "SchmeNm");
        await Element(xml, "Cd", "BBAN");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    private static async Task Agent(XmlWriter xml, string element, string sortCode)
    {
        await Start(xml, element);
        await Start(xml, "FinInstnId");
        await Start(xml, "ClrSysMmbId");
        await Start(xml, "ClrSysId");
        await Element(xml, "Cd", "GBDSC");
        await xml.WriteEndElementAsync();
        await Element(xml, "MmbId", sortCode);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    /// <summary>At most <paramref name="length"/> characters, never splitting a surrogate pair.</summary>
    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
