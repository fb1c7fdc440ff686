using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using RecognitionPay.Api.Http;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>
/// Reads policy documents from YAML or JSON through one path (YAML becomes a JSON tree first), so both forms name
/// fields alike in errors; writes the stored JSON back out as YAML on request.
/// </summary>
public static class PolicyDocumentFormat
{
    private static readonly JsonSerializerOptions Strict = CreateStrict();

    public static bool IsYaml(string? mediaType) =>
        mediaType is not null && (mediaType.Contains("yaml", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("yml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a document; unreadable text or an unknown field is a 400 naming where it went wrong.</summary>
    public static PolicyDocument Read(string text, bool yaml)
    {
        var node = yaml ? YamlToJson(text) : JsonNode.Parse(text);
        PolicyDocumentFields.RefuseUnknown(node, Strict);
        return node.Deserialize<PolicyDocument>(Strict) ?? throw FieldRefusal.For("body", "The document is empty.");
    }

    public static string ToJson(PolicyDocument document) => JsonSerializer.Serialize(document, Strict);

    public static PolicyDocument FromStoredJson(string json) => JsonSerializer.Deserialize<PolicyDocument>(json, Strict)!;

    public static string JsonToYaml(string json) =>
        new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(ToPlain(JsonNode.Parse(json)));

    private static JsonSerializerOptions CreateStrict()
    {
        var options = JsonSettings.Create();
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static JsonNode? YamlToJson(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw FieldRefusal.For("body", $"The YAML cannot be read at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }

        return stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => ToObject(map),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => ToValue(scalar),
        _ => throw FieldRefusal.For("body", $"Line {node.Start.Line}: anchors, aliases and tags are not used in policy documents."),
    };

    private static JsonObject ToObject(YamlMappingNode map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!result.TryAdd(name, ToJson(value)))
            {
                throw FieldRefusal.For(name, $"Line {key.Start.Line}: '{name}' is given twice.");
            }
        }

        return result;
    }

    /// <summary>Plain scalars follow YAML's core schema (numbers, true/false, null); quoted ones are always text.</summary>
    private static JsonNode? ToValue(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
            _ when decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => JsonValue.Create(value),
        };
    }

    private static object? ToPlain(JsonNode? node) => node switch
    {
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<long>(out var whole) => whole,
        JsonValue value => value.GetValue<decimal>(),
        _ => null,
    };
}
