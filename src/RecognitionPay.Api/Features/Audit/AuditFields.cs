using System.Text;
using System.Text.Json.Nodes;

namespace RecognitionPay.Api.Features.Audit;

/// <summary>
/// How a record was before and after a change, as rows a person reads ("Total pence: 6890") instead of the JSON the
/// trail keeps: nested fields are named by their path, lists by position.
/// </summary>
public static class AuditFields
{
    public sealed record Row(string Field, string? Before, string? After);

    public static IReadOnlyList<Row> Of(string? before, string? after)
    {
        var (was, now) = (Flatten(before), Flatten(after));
        return [.. was.Keys.Concat(now.Keys).Distinct().Select(key => key.EndsWith("Pence", StringComparison.Ordinal)
            ? new Row(Words(key[..^"Pence".Length]), Pounds(was.GetValueOrDefault(key)), Pounds(now.GetValueOrDefault(key)))
            : new Row(Words(key), was.GetValueOrDefault(key), now.GetValueOrDefault(key)))];
    }

    /// <summary>"ClaimApproved" becomes "Claim approved".</summary>
    public static string Action(string action) => Words(char.ToLowerInvariant(action[0]) + action[1..]);

    private static string? Pounds(string? pence) =>
        long.TryParse(pence, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? PageParts.EasyWords.Pounds(amount) : pence;

    private static Dictionary<string, string> Flatten(string? json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            fields["value"] = json;
            return fields;
        }

        Add(fields, "", node);
        return fields;
    }

    private static void Add(Dictionary<string, string> fields, string path, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Add(fields, path.Length == 0 ? name : $"{path} {name}", child);
                }

                break;
            case JsonArray list when list.All(item => item is JsonValue):
                fields[path.Length == 0 ? "value" : path] = string.Join(", ", list.Select(item => item!.ToString()));
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Add(fields, $"{path} {i + 1}", list[i]);
                }

                break;
            default:
                fields[path.Length == 0 ? "value" : path] = node?.ToString() ?? "none";
                break;
        }
    }

    /// <summary>"totalPence" becomes "Total pence", "bankAccount accountNumber" becomes "Bank account: account number".</summary>
    private static string Words(string path)
    {
        var text = new StringBuilder();
        foreach (var (part, index) in path.Split(' ').Select((p, i) => (p, i)))
        {
            if (index > 0)
            {
                text.Append(": ");
            }

            foreach (var c in part)
            {
                text.Append(char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
            }
        }

        return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text.ToString()[1..];
    }
}
