using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Http;

public static class RouteConventions
{
    /// <summary>Names the roles that may call a route, in its authorisation and in its OpenAPI description.</summary>
    public static RouteHandlerBuilder RequireRoles(this RouteHandlerBuilder route, params string[] roles) =>
        route.RequireAuthorization(policy => policy.RequireRole(roles))
            .WithDescription($"Roles: {string.Join(", ", roles)}.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Any signed-in caller, whatever their role.</summary>
    public static RouteHandlerBuilder RequireAnyRole(this RouteHandlerBuilder route) => route.RequireRoles([.. Roles.All]);
}
