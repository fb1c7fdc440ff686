using RecognitionPay.Domain;

namespace RecognitionPay.Api.Http;

/// <summary>An id the caller does not know or may not see: both answer 404 alike.</summary>
public sealed class NotFoundRefusal(string entity, string id)
    : Refusal(RefusalKind.NotFound, "Not found.", $"There is no {entity} with the id '{id}'.");

/// <summary>A request that conflicts with the current state (409), with a stable code.</summary>
public sealed class ConflictRefusal(string code, string message)
    : Refusal(RefusalKind.Conflict, "This conflicts with the current state.", message, code);

/// <summary>A rule about one field that only a handler can check against stored data: a 400 like any invalid field.</summary>
public sealed class InvalidFieldRefusal(string field, string message)
    : Refusal(RefusalKind.InvalidField, "Some of what was sent is not valid.", message, field: field);

/// <summary>The If-Match sent is stale: someone changed the resource since the caller read it (412).</summary>
public sealed class StaleVersionRefusal(string currentETag)
    : Refusal(RefusalKind.Stale, "Someone else changed this first.", $"This changed since you read it. Its current ETag is {currentETag}: read it again, then decide.", "StaleETag");

/// <summary>A caller who may use a route, but not on this record (a CoProducer with no person registered): 403.</summary>
public sealed class ForbiddenRefusal(string message)
    : Refusal(RefusalKind.Forbidden, "Forbidden.", message);
