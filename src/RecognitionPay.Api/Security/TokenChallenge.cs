using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;

namespace RecognitionPay.Api.Security;

/// <summary>
/// A 401 says only that the token is missing, or invalid or expired: nothing of why a signature or key failed, in
/// the <c>WWW-Authenticate</c> header or the body.
/// </summary>
public static class TokenChallenge
{
    public static async Task Write(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var missing = context.AuthenticateFailure is null && string.IsNullOrEmpty(context.Request.Headers.Authorization);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = missing ? "Bearer" : "Bearer error=\"invalid_token\"";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign in first.",
                Detail = missing ? "This needs a bearer token, and none was sent." : "The token is invalid or has expired. Get a new one.",
            },
        });
    }
}
