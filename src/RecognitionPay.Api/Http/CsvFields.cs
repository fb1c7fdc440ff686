using System.Text;

namespace RecognitionPay.Api.Http;

/// <summary>CSV fields (RFC 4180) that are safe to open in a spreadsheet.</summary>
public static class CsvFields
{
    /// <summary>
    /// Text someone typed: one that starts like a formula gets a leading apostrophe, so a spreadsheet shows it as text
    /// and never runs it.
    /// </summary>
    public static StringBuilder AppendText(StringBuilder row, string text) =>
        AppendField(row, text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text);

    /// <summary>A field quoted when it holds a comma, a quote or a line break.</summary>
    public static StringBuilder AppendField(StringBuilder row, string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? row.Append(field)
            : row.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
