using System.Text.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.PolicyLanguage;

/// <summary>
/// Finds a field a policy document does not have, or text in it that is not text, before the document is read, and
/// says so in the words of the format: "activityTypes[0].colour is not a field of an activity type".
/// </summary>
internal static class PolicyDocumentFields
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(PolicyDocument)] = "a policy document",
        [typeof(RoundingDocument)] = "rounding",
        [typeof(ActivityTypeDocument)] = "an activity type",
        [typeof(PayDocument)] = "an activity type's pay",
        [typeof(PrepDocument)] = "preparation",
        [typeof(TravelDocument)] = "travel",
        [typeof(ExpenseCategoryDocument)] = "an expense category",
        [typeof(MileageBandDocument)] = "a mileage band",
        [typeof(TimeAwayCapDocument)] = "a cap by time away",
        [typeof(BenefitDocument)] = "a benefit",
        [typeof(LimitDocument)] = "a benefit limit",
        [typeof(TaxDocument)] = "tax",
        [typeof(PaymentsDocument)] = "payments",
        [typeof(ClaimsDocument)] = "claims",
    };

    public static void RefuseUnknown(JsonNode? node, JsonSerializerOptions options) => Check(node, typeof(PolicyDocument), "", options);

    private static void Check(JsonNode? node, Type type, string path, JsonSerializerOptions options)
    {
        if (node is JsonValue text && text.GetValueKind() == JsonValueKind.String && !Readable(text))
        {
            throw new InvalidFieldRefusal(path, $"{path} has a broken character in it (a lone surrogate).");
        }

        if (node is JsonArray list && ElementOf(type) is { } element)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Check(list[i], element, $"{path}[{i}]", options);
            }
        }

        if (node is not JsonObject fields || !Names.TryGetValue(type, out var what))
        {
            return;
        }

        var known = options.GetTypeInfo(type).Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var at = path.Length == 0 ? name : $"{path}.{name}";
            if (!known.TryGetValue(name, out var property))
            {
                throw new InvalidFieldRefusal(at, $"{at} is not a field of {what}.");
            }

            Check(value, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, at, options);
        }
    }

    /// <summary>False when the text cannot be read as a string: JSON escapes such as \ud800 can name half a character.</summary>
    private static bool Readable(JsonValue text)
    {
        try
        {
            text.GetValue<string>();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Type? ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
