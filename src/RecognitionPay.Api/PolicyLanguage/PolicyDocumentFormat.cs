using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using RecognitionPay.Api.Http;
using YamlDotNet.Serialization;

namespace RecognitionPay.Api.PolicyLanguage;

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
        var node = yaml ? PolicyYaml.Read(text) : JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        try
        {
            PolicyDocumentFields.RefuseUnknown(node, Strict);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidFieldRefusal("body", "The document has a broken character in a field's name (a lone surrogate).");
        }

        return node.Deserialize<PolicyDocument>(Strict) ?? throw new InvalidFieldRefusal("body", "The document is empty.");
    }

    public static string ToJson(PolicyDocument document) => JsonSerializer.Serialize(document, Strict);

    public static PolicyDocument FromStoredJson(string json) => JsonSerializer.Deserialize<PolicyDocument>(json, Strict)!;

    public static string JsonToYaml(string json) =>
        new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(ToPlain(JsonNode.Parse(json)));

    private static JsonSerializerOptions CreateStrict()
    {
        var options = JsonSettings.Create();
        InputJson.Apply(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
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
