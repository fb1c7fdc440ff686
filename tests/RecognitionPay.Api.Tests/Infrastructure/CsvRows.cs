using Microsoft.VisualBasic.FileIO;

namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>Reads CSV with a real CSV parser (quotes, commas and line breaks in fields), as a spreadsheet would.</summary>
public static class CsvRows
{
    public static List<string[]> Read(Stream csv)
    {
        using var parser = new TextFieldParser(csv)
        {
            TextFieldType = FieldType.Delimited,
            Delimiters = [","],
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
