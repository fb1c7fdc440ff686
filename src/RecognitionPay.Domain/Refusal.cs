namespace RecognitionPay.Domain;

/// <summary>What kind of "no" a refusal is; the API answers each kind with one status.</summary>
public enum RefusalKind
{
    /// <summary>One field of the request cannot be accepted as sent (400, naming the field).</summary>
    InvalidField,

    /// <summary>An id the caller does not know or may not see (404).</summary>
    NotFound,

    /// <summary>A caller who may use the route, but not on this record (403).</summary>
    Forbidden,

    /// <summary>Not possible in the current state (409, with a stable code).</summary>
    Conflict,

    /// <summary>The caller decided on a version someone else has since changed (412).</summary>
    Stale,
}

/// <summary>
/// Every refusal the domain or a handler gives shares this base: its kind, a short title, a plain message for the
/// person, a stable code for clients and, for an invalid field, the field's name, so one arm answers them all.
/// </summary>
public abstract class Refusal(RefusalKind kind, string title, string message, string? code = null, string? field = null) : Exception(message)
{
    public RefusalKind Kind { get; } = kind;

    public string Title { get; } = title;

    public string? Code { get; } = code;

    public string? Field { get; } = field;
}
