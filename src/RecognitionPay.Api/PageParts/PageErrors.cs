using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.PageParts;

/// <summary>What is wrong with a form, field by field, in the order the page shows them: for the GOV.UK error summary and each field's message.</summary>
public sealed class PageErrors
{
    private readonly List<(string Field, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => _errors;

    public void Add(string field, string message)
    {
        if (For(field) is null)
        {
            _errors.Add((field, message));
        }
    }

    public string? For(string field) => _errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>Each field a command's validator refused, by the id of the page's field for its path.</summary>
    public void AddAll(FluentValidation.ValidationException invalid, Func<string, string> idFor)
    {
        foreach (var failure in invalid.Errors)
        {
            Add(idFor(failure.PropertyName), failure.ErrorMessage);
        }
    }

    /// <summary>A date typed in a filter (yyyy-mm-dd, as a date field sends it), or none with its error added.</summary>
    public LocalDate? Date(string? text, string field)
    {
        try
        {
            return QueryDates.Parse(text, field);
        }
        catch (Refusal refused)
        {
            Add(field, refused.Message);
            return null;
        }
    }
}
