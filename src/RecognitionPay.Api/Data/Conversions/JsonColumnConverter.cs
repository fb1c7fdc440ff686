using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Data.Conversions;

/// <summary>Keeps a small immutable value (a list of lines, of benefits) as one JSON text column on any provider.</summary>
internal sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    value => JsonSerializer.Serialize(value, JsonColumn.Options),
    text => JsonSerializer.Deserialize<T>(text, JsonColumn.Options)!)
{
    /// <summary>Values are replaced, never changed in place, so comparing their JSON is exact.</summary>
    public static readonly ValueComparer<T> Comparer = new(
        (a, b) => JsonSerializer.Serialize(a, JsonColumn.Options) == JsonSerializer.Serialize(b, JsonColumn.Options),
        value => JsonSerializer.Serialize(value, JsonColumn.Options).GetHashCode(StringComparison.Ordinal),
        value => value);
}

internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = JsonSettings.Create();
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new MilesJsonConverter());
        options.Converters.Add(new HoursJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
