namespace RecognitionPay.Api.Http;

/// <summary>An id the caller does not know or may not see: both answer 404 alike.</summary>
public sealed class NotFoundException(string entity, string id)
    : Exception($"There is no {entity} with the id '{id}'.")
{
    public string Entity { get; } = entity;
}

/// <summary>A request that conflicts with the current state (409), with a stable code.</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>A rule about one field that only a handler can check against stored data: a 400 like any invalid field.</summary>
public static class FieldRefusal
{
    public static FluentValidation.ValidationException For(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}

/// <summary>The If-Match sent is stale: someone changed the resource since the caller read it (412).</summary>
public sealed class PreconditionFailedException(string currentETag)
    : Exception($"This changed since you read it. Its current ETag is {currentETag}: read it again, then decide.");

/// <summary>A caller who may use a route, but not on this record (a CoProducer with no person registered): 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
