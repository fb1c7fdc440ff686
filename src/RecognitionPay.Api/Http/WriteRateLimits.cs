using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Http;

/// <summary>
/// Writes (POST, PUT, PATCH, DELETE) per caller per minute: the signed-in user, or the address when anonymous
/// (<c>RateLimits:WritesPerMinute</c>, default 120, 0 for none). Over it, a 429 problem with <c>Retry-After</c>.
/// </summary>
public static class WriteRateLimits
{
    public const int DefaultWritesPerMinute = 120;

    public static IServiceCollection AddWriteRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:WritesPerMinute", DefaultWritesPerMinute);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                perMinute <= 0 || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(Caller(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many changes at once.",
                        Detail = $"At most {perMinute} changes a minute are taken from one caller. Nothing was changed: try again after the time in Retry-After.",
                    },
                });
            };
        });
    }

    private static string Caller(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(LocalTokens.EmailClaim)?.Value is { } email
            ? $"user:{email.ToLowerInvariant()}"
            : $"address:{context.Connection.RemoteIpAddress}";
}
