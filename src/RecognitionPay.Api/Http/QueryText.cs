using Microsoft.AspNetCore.Diagnostics;
using RecognitionPay.Api.Hosting;

namespace RecognitionPay.Api.Http;

/// <summary>
/// A query string keeps the text rules a body keeps (<see cref="InputText"/>): a value with a control character
/// (%00 and the like), a non-character or a broken one is refused before any endpoint or page reads it (PostgreSQL
/// would refuse a NUL in a parameter only once the query ran). The API answers a problem naming the parameter; a
/// page answers 400, shown as the problem page.
/// </summary>
public static class QueryText
{
    public static IApplicationBuilder UseQueryTextRules(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && Refusal(context.Request.Query) is { } refusal)
            {
                if (!PagesSetup.IsPage(context.Request.Path))
                {
                    throw refusal;
                }

                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });

    private static InvalidFieldRefusal? Refusal(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            if (InputText.Problem(name) is { } broken)
            {
                return new InvalidFieldRefusal("query", $"A parameter's name is not text: {broken}");
            }

            foreach (var value in values)
            {
                if (value is not null && InputText.Problem(value) is { } problem)
                {
                    return new InvalidFieldRefusal(name, problem);
                }
            }
        }

        return null;
    }
}
