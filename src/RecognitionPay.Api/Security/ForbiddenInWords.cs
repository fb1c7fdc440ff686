using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Api.Security;

/// <summary>
/// A 403 says in a sentence what the caller's role may not do, and who may, instead of a bare "Forbidden". A page
/// keeps the sentence for the problem page the refusal is shown on.
/// </summary>
public sealed class ForbiddenInWords(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public const string SentenceKey = "forbidden-sentence";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || context.User.Identity?.IsAuthenticated != true)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var sentence = context.User.FindFirst(TokenRules.RoleRefusalClaim)?.Value ?? Sentence(context.User, authorizeResult.AuthorizationFailure);
        if (Hosting.PagesSetup.IsPage(context.Request.Path))
        {
            context.Items[SentenceKey] = sentence;
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Your role may not do this.",
                Detail = sentence,
            },
        });
    }

    private static string Sentence(ClaimsPrincipal user, AuthorizationFailure? failure)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "your role";
        var allowed = failure?.FailedRequirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToList() ?? [];
        return allowed.Count == 0
            ? $"As {role} you may not do this."
            : $"As {role} you may not do this: it is for {Wording.List(allowed)} only.";
    }
}
