using System.Globalization;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Http;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RecognitionPay.Api.PolicyLanguage;

/// <summary>
/// Reads a YAML policy document into a JSON tree event by event, without recursion, so hostile YAML is refused
/// while it is read and before anything is expanded: anchors, aliases and tags, nesting deeper than
/// <see cref="MaxDepth"/>, complex keys and keys given twice. Only the first document of a stream is read.
/// </summary>
internal static class PolicyYaml
{
    public const int MaxDepth = 64;

    public static JsonNode? Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<Container>();
        JsonNode? root = null;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        throw NotUsed(alias);
                    case NodeEvent node when !node.Anchor.IsEmpty || !node.Tag.IsEmpty:
                        throw NotUsed(node);
                    case MappingStart start:
                        Open(open, new JsonObject(), start, ref root);
                        break;
                    case SequenceStart start:
                        Open(open, new JsonArray(), start, ref root);
                        break;
                    case MappingEnd or SequenceEnd:
                        open.Pop();
                        break;
                    case Scalar scalar when open.TryPeek(out var container) && container.ExpectsKey:
                        container.Key = (scalar.Value, scalar.Start.Line);
                        break;
                    case Scalar scalar:
                        Add(open, ToValue(scalar), scalar, ref root);
                        break;
                    case DocumentEnd:
                        return root;
                }
            }
        }
        catch (YamlException e)
        {
            throw new InvalidFieldRefusal("body", $"The YAML cannot be read at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }

        return root;
    }

    private static void Open(Stack<Container> open, JsonNode node, ParsingEvent at, ref JsonNode? root)
    {
        if (open.Count >= MaxDepth)
        {
            throw new InvalidFieldRefusal("body", $"Line {at.Start.Line}: a policy document is nested at most {MaxDepth} levels deep.");
        }

        Add(open, node, at, ref root);
        open.Push(new Container(node));
    }

    private static void Add(Stack<Container> open, JsonNode? node, ParsingEvent at, ref JsonNode? root)
    {
        if (!open.TryPeek(out var container))
        {
            root = node;
            return;
        }

        switch (container.Node)
        {
            case JsonArray list:
                list.Add(node);
                break;
            case JsonObject fields when container.Key is var (name, line):
                if (!fields.TryAdd(name, node))
                {
                    throw new InvalidFieldRefusal(name, $"Line {line}: '{name}' is given twice.");
                }

                container.Key = null;
                break;
            default:
                throw new InvalidFieldRefusal("body", $"Line {at.Start.Line}: a key in a policy document is plain text.");
        }
    }

    private static InvalidFieldRefusal NotUsed(ParsingEvent at) =>
        new InvalidFieldRefusal("body", $"Line {at.Start.Line}: anchors, aliases and tags are not used in policy documents.");

    /// <summary>Plain scalars follow YAML's core schema (numbers, true/false, null); quoted ones are always text.</summary>
    private static JsonNode? ToValue(Scalar scalar)
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

    /// <summary>An open mapping or sequence; a mapping holds the key read until its value comes.</summary>
    private sealed class Container(JsonNode node)
    {
        public JsonNode Node { get; } = node;

        public (string Name, long Line)? Key { get; set; }

        public bool ExpectsKey => Node is JsonObject && Key is null;
    }
}
