using System.Text.Json;
using System.Text.Json.Serialization;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Api.Data.Conversions;

/// <summary>
/// Money, miles and hours keep their exact count (pence, tenths of a mile, hundredths of an hour) in a JSON column
/// as <c>{"pence": 450}</c>, <c>{"tenths": 123}</c> and <c>{"hundredths": 150}</c>, and read back through their
/// constructors, which refuse bad values. Anything else in the object (older rows also wrote money's derived
/// <c>isZero</c> and <c>isNegative</c>) is read past, never trusted.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Money.FromPence(ExactCount.Read(ref reader, "pence"));

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        ExactCount.Write(writer, "pence", value.Pence);
}

internal sealed class MilesJsonConverter : JsonConverter<Miles>
{
    public override Miles Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(ExactCount.Read(ref reader, "tenths"));

    public override void Write(Utf8JsonWriter writer, Miles value, JsonSerializerOptions options) =>
        ExactCount.Write(writer, "tenths", value.Tenths);
}

internal sealed class HoursJsonConverter : JsonConverter<Hours>
{
    public override Hours Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(ExactCount.Read(ref reader, "hundredths"));

    public override void Write(Utf8JsonWriter writer, Hours value, JsonSerializerOptions options) =>
        ExactCount.Write(writer, "hundredths", value.Hundredths);
}

internal static class ExactCount
{
    public static long Read(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {{\"{name}\": <whole number>}}.");
        }

        long? count = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCount = reader.ValueTextEquals(name);
            if (!reader.Read())
            {
                break;
            }

            if (!isCount)
            {
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
            {
                count = value;
            }
            else
            {
                throw new JsonException($"\"{name}\" must be a whole number.");
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && count is { } read
            ? read
            : throw new JsonException($"Expected {{\"{name}\": <whole number>}}.");
    }

    public static void Write(Utf8JsonWriter writer, string name, long count)
    {
        writer.WriteStartObject();
        writer.WriteNumber(name, count);
        writer.WriteEndObject();
    }
}
