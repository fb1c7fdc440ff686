using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NodaTime;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Api.Features.Statements;

/// <summary>A statement as a plain printable page, in short sentences and simple tables, for a person to hand to a benefits adviser.</summary>
public static class StatementHtml
{
    /// <summary>Encodes markup characters only, so "£" and names in any script stay readable in the page's source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(StatementView s)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Payment statement ")
            .Append(Year(s)).Append("</title><style>")
            .Append("body{font-family:Arial,sans-serif;font-size:16px;line-height:1.5;max-width:60em;margin:1em auto;color:#0b0c0c}")
            .Append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #b1b4b6;padding:.3em .5em;text-align:left}")
            .Append("td.money{text-align:right}@media print{body{margin:0}}")
            .Append("</style></head><body>");
        html.Append("<h1>Payment statement for ").Append(E(s.DisplayName)).Append("</h1>")
            .Append("<p>Tax year ").Append(Year(s)).Append(": ").Append(PeriodWording.Day(s.FirstDay)).Append(" to ").Append(PeriodWording.Day(s.LastDay)).Append(".</p>")
            .Append("<p>Involvement pay counts as earnings on the day it is paid. Expenses pay back what you spent: they are not earnings.</p>")
            .Append("<h2>Totals</h2><table><tbody>")
            .Append(Line("Involvement pay paid", s.TotalInvolvementPence))
            .Append(Line("Expenses paid", s.TotalExpensesPence))
            .Append(Line("Pay given up (waived) because of a benefits limit", s.WaivedPence))
            .Append(Line("Pay still waiting (deferred) because of a benefits limit", s.DeferredPence))
            .Append("</tbody></table>");
        Table(html, "Payments", ["Payment date", "Involvement pay", "Expenses", "Status"],
            s.Payments.Select(p => new[] { Day(p.PaymentDate), Money(p.InvolvementPence), Money(p.ExpensesPence), p.Status }));
        Table(html, "Payments that did not reach you", ["Payment date", "Amount", "What happened"],
            s.FailedPayments.Select(f => new[] { Day(f.PaymentDate), Money(f.AmountPence), $"{f.Reason}. This money is owed to you again and a later payment pays it." }));
        Table(html, "Pay held back by a benefits limit", ["Payment date", "Amount", "What happened"],
            s.HeldBack.Select(h => new[] { Day(h.PaymentDate), Money(h.AmountPence), h.Reason }));
        Table(html, "Pay in each benefit period", ["Benefit", "Period", "Involvement pay", "Limit"],
            s.Periods.Select(p => new[] { p.BenefitName, $"{Day(p.PeriodStart)} to {Day(p.PeriodEnd)}", Money(p.InvolvementPence), p.LimitPence is { } limit ? Money(limit) : "No limit" }));
        html.Append("<p>Made on ").Append(PeriodWording.Day(s.GeneratedAt.InZone(Domain.Time.LondonCalendar.Zone).Date)).Append(".</p></body></html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string heading, string[] columns, IEnumerable<string[]> rows)
    {
        html.Append("<h2>").Append(E(heading)).Append("</h2>");
        var list = rows.ToList();
        if (list.Count == 0)
        {
            html.Append("<p>None.</p>");
            return;
        }

        html.Append("<table><thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(cell.StartsWith('£') ? "<td class=\"money\">" : "<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Line(string label, long pence) => $"<tr><th scope=\"row\">{E(label)}</th><td class=\"money\">{E(Money(pence))}</td></tr>";

    private static string Year(StatementView s) => string.Create(CultureInfo.InvariantCulture, $"{s.TaxYear} to {s.TaxYear + 1}");

    private static string Day(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Money(long pence) => RecognitionPay.Domain.Money.FromPence(pence).ToString();

    private static string E(string text) => Encoder.Encode(text);
}
