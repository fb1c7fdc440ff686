using System.Text;
using NodaTime;
using NodaTime.Text;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Statements;

/// <summary>
/// A statement as one CSV table a spreadsheet opens: a row per payment, failed payment and held-back amount, then a
/// row per benefit period and one for the tax year. Amounts are in pounds, as an adviser reads them.
/// </summary>
public static class StatementCsv
{
    private const string Header = "row,date,period end,description,involvement pay,expenses,limit,status,claims";

    public static byte[] Write(StatementView statement)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var p in statement.Payments)
        {
            Row(csv, "payment", Iso(p.PaymentDate), "", $"Payment by {p.Method}", p.InvolvementPence, p.ExpensesPence, null, p.Status, p.ClaimIds);
        }

        foreach (var f in statement.FailedPayments)
        {
            Row(csv, "failed payment", Iso(f.PaymentDate), "", $"Not received: {f.Reason}. Owed again and paid by a later payment.", f.InvolvementPence, f.AmountPence - f.InvolvementPence, null, "Failed", f.ClaimIds);
        }

        foreach (var h in statement.HeldBack)
        {
            Row(csv, h.Outcome, Iso(h.PaymentDate), "", h.Reason, h.AmountPence, null, null, "", [h.ClaimId]);
        }

        foreach (var p in statement.Periods)
        {
            Row(csv, "benefit period", Iso(p.PeriodStart), Iso(p.PeriodEnd), p.BenefitName, p.InvolvementPence, null, p.LimitPence, "", []);
        }

        Row(csv, "tax year", Iso(statement.FirstDay), Iso(statement.LastDay), $"Tax year {statement.TaxYear}/{(statement.TaxYear + 1) % 100:00}", statement.TotalInvolvementPence, statement.TotalExpensesPence, null, "", []);
        if (statement.DeferredPence > 0)
        {
            Row(csv, "still deferred", "", "", "Approved pay still held back by a benefits limit", statement.DeferredPence, null, null, "", []);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    private static void Row(StringBuilder csv, string kind, string date, string end, string description, long? pay, long? expenses, long? limit, string status, IEnumerable<Guid> claims)
    {
        csv.Append(kind).Append(',').Append(date).Append(',').Append(end).Append(',');
        CsvFields.AppendText(csv, description).Append(',')
            .Append(Pounds(pay)).Append(',')
            .Append(Pounds(expenses)).Append(',')
            .Append(Pounds(limit)).Append(',')
            .Append(status).Append(',')
            .AppendJoin(';', claims).Append("\r\n");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Pounds(long? pence) => pence is { } p ? DecimalPounds.Format(Money.FromPence(p)) : "";
}
