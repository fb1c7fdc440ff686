using System.Globalization;
using System.Text;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Features.Reports;

/// <summary>The reports as CSV for a spreadsheet: a header row, one row a person, amounts in pounds and pence.</summary>
public static class ReportCsv
{
    public static string UnpaidPayees(IEnumerable<GetUnpaidPayees.UnpaidPayee> payees) =>
        Rows("personId,displayName,paymentMethod,owed", payees.Select(p => new[] { p.PersonId.ToString(), p.DisplayName, p.PaymentMethod, Pounds(p.OwedPence) }));

    public static string TradingAllowance(IEnumerable<GetTradingAllowance.TradingAllowanceLine> lines) =>
        Rows("personId,displayName,paid,allowance", lines.Select(l => new[] { l.PersonId.ToString(), l.DisplayName, Pounds(l.TotalPence), Pounds(l.AllowancePence) }));

    /// <summary>A tax year as typed on a page: the year it starts in, or a refusal naming the field.</summary>
    public static int? TaxYear(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year
        : throw new InvalidFieldRefusal("taxYear", "Write the tax year as the year it starts in, for example 2025.");

    private static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Rows(string header, IEnumerable<string[]> rows)
    {
        var csv = new StringBuilder(header).Append("\r\n");
        foreach (var fields in rows)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                CsvFields.AppendText(i == 0 ? csv : csv.Append(','), fields[i]);
            }

            csv.Append("\r\n");
        }

        return csv.ToString();
    }
}
