using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Http;

public static class RouteConventions
{
    private static readonly string[] Problem = ["application/problem+json"];

    /// <summary>
    /// Names the roles that may call a route, in its authorisation and in its OpenAPI description, with the 401 and
    /// 403 problems; a write also describes the 413 (body over 1 MB) and 429 (too many writes) problems.
    /// </summary>
    public static RouteHandlerBuilder RequireRoles(this RouteHandlerBuilder route, params string[] roles)
    {
        route.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).Any(IsWrite))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails), Problem));
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), Problem));
            }
        });
        return route.RequireAuthorization(policy => policy.RequireRole(roles))
            .WithDescription($"Roles: {string.Join(", ", roles)}.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>Any signed-in caller, whatever their role.</summary>
    public static RouteHandlerBuilder RequireAnyRole(this RouteHandlerBuilder route) => route.RequireRoles([.. Roles.All]);

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
