using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Http;

/// <summary>The one place failures become RFC 9457 problems. Nothing internal (stack traces, SQL) ever leaves.</summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException invalid => Invalid(invalid.Errors.Select(e => (e.PropertyName, e.ErrorMessage))),
            Refusal refusal => Answer(refusal),
            BadHttpRequestException { InnerException: JsonException json } => Invalid([(FieldOf(json), UnreadableMessage(json))]),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"A request may carry at most {RequestBodies.MaxBytes / 1024 / 1024} MB. Nothing was changed."),
            BadHttpRequestException bad when BoundParameter(bad.Message) is { } parameter => Invalid([(parameter, "This value cannot be read: check that it is of the right kind, such as a whole number or a yyyy-MM-dd date.")]),
            BadHttpRequestException bad when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => Invalid([("body", "Send a JSON body with the fields this route takes.")]),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request could not be read.", "Check it against the API description at /swagger and send it again. Nothing was changed."),
            JsonException json => Invalid([(FieldOf(json), UnreadableMessage(json))]),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Someone else changed this first.", "Reload it and try again.", "ConcurrentChange"),
            DbUpdateException db when IsBusy(db) => Problem(StatusCodes.Status409Conflict, "Someone else changed this first.", "Reload it and try again.", "ConcurrentChange"),
            DbUpdateException db when DatabaseErrors.IsUniqueViolation(db) => Problem(StatusCodes.Status409Conflict, "This already exists.", "Something with the same identity was stored first.", "AlreadyExists"),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", "Nothing was changed. Please try again later.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>Every refusal of ours, from the domain or a handler, by its kind.</summary>
    private static ProblemDetails Answer(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.InvalidField => Invalid([(refusal.Field ?? "body", refusal.Message)]),
        RefusalKind.NotFound => Problem(StatusCodes.Status404NotFound, refusal.Title, refusal.Message, refusal.Code),
        RefusalKind.Forbidden => Problem(StatusCodes.Status403Forbidden, refusal.Title, refusal.Message, refusal.Code),
        RefusalKind.Stale => Problem(StatusCodes.Status412PreconditionFailed, refusal.Title, refusal.Message, refusal.Code),
        _ => Problem(StatusCodes.Status409Conflict, refusal.Title, refusal.Message, refusal.Code),
    };

    private static ValidationProblemDetails Invalid(IEnumerable<(string Field, string Message)> errors) =>
        new(errors.GroupBy(e => e.Field, e => e.Message).ToDictionary(g => g.Key, g => g.Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Some of what was sent is not valid.",
            Detail = "Correct the fields named in errors and send it again. Nothing was changed.",
        };

    private static ProblemDetails Problem(int status, string title, string detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }

    /// <summary>
    /// The name of the query, route or header parameter that could not be bound, from ASP.NET Core's message
    /// (<c>Failed to bind parameter "int? page" from "x".</c>), so the problem names the field and nothing of the code.
    /// </summary>
    private static string? BoundParameter(string message) =>
        BindFailure().Match(message) is { Success: true } match ? match.Groups["name"].Value : null;

    [System.Text.RegularExpressions.GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>[A-Za-z0-9_]+)" from""")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    /// <summary>"$.expenses[0].amountPence" becomes "expenses[0].amountPence"; the whole body is "body".</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static string UnreadableMessage(JsonException json) => json switch
    {
        RefusedJsonValue refused => refused.Message,
        _ when FieldOf(json) == "body" => "The body is not valid JSON.",
        _ => "This value is not valid here: check its type, and that a number is a whole number in range.",
    };

    /// <summary>SQLite refuses a write whose snapshot another writer overtook: the same as losing a concurrency check.</summary>
    private static bool IsBusy(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 5 or 6 };
}
