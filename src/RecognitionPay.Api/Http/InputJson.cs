using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace RecognitionPay.Api.Http;

/// <summary>
/// The rules every JSON request body is read under, beyond its shape: numbers are numbers (never "90"), text is
/// clean (<see cref="InputText"/>), and dates lie between 2000-01-01 and 2100-12-31. A breach is a 400 naming the field.
/// </summary>
public static class InputJson
{
    public static readonly LocalDate EarliestDate = new(2000, 1, 1);

    public static readonly LocalDate LatestDate = new(2100, 12, 31);

    public const string DateRangeMessage = "A date must be between 2000-01-01 and 2100-12-31.";

    public static void Apply(JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Insert(0, new CleanTextConverter());
        options.Converters.Insert(0, new DateInRangeConverter());
    }

    public static bool InRange(LocalDate date) => date >= EarliestDate && date <= LatestDate;

    private sealed class CleanTextConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new RefusedJsonValue("This must be text, in quotes.");
            }

            string text;
            try
            {
                text = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw new RefusedJsonValue("This text has a broken character in it (a lone surrogate).");
            }

            return InputText.Problem(text) is { } problem ? throw new RefusedJsonValue(problem) : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class DateInRangeConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parsed = reader.TokenType == JsonTokenType.String ? LocalDatePattern.Iso.Parse(reader.GetString()!) : null;
            return parsed is not { Success: true }
                ? throw new RefusedJsonValue("A date is written yyyy-MM-dd, for example 2025-06-01.")
                : InRange(parsed.Value) ? parsed.Value : throw new RefusedJsonValue(DateRangeMessage);
        }

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}

/// <summary>A value in a JSON body that is refused with a message of its own; the reader adds the field's path.</summary>
public sealed class RefusedJsonValue(string message) : JsonException(message);
