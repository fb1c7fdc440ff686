using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Features.Statements;

/// <summary>The forms a statement comes in: asked by <c>format=</c>, or else by the Accept header; JSON by default.</summary>
public enum StatementFormat
{
    Json,
    Csv,
    Html,
}

internal static class StatementFormats
{
    public static StatementFormat Choose(string? format, HttpRequest request) => format?.ToLowerInvariant() switch
    {
        "json" => StatementFormat.Json,
        "csv" => StatementFormat.Csv,
        "html" => StatementFormat.Html,
        null or "" => FromAccept(request.Headers.Accept.ToString()),
        _ => throw new InvalidFieldRefusal("format", "A statement comes as json, csv or html."),
    };

    private static StatementFormat FromAccept(string accept) =>
        accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? StatementFormat.Csv
        : accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) ? StatementFormat.Html
        : StatementFormat.Json;
}
