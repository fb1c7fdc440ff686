using NodaTime;
using NodaTime.Text;

namespace RecognitionPay.Api.Http;

/// <summary>Reads yyyy-MM-dd dates from query strings; anything else is a 400 naming the parameter.</summary>
public static class QueryDates
{
    public static LocalDate? Parse(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(value);
        return !result.Success ? throw new InvalidFieldRefusal(field, "A date is written yyyy-MM-dd, for example 2025-06-01.")
            : !InputJson.InRange(result.Value) ? throw new InvalidFieldRefusal(field, InputJson.DateRangeMessage)
            : result.Value;
    }
}
