using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Features.Health;

/// <summary>200 when the database answers, 503 when it does not. Anonymous, for load balancers.</summary>
public static class GetHealth
{
    public sealed record HealthView(string Status);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (AppDbContext db, CancellationToken cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken)
                    ? Results.Ok(new HealthView("Healthy"))
                    : Results.Json(new HealthView("Unhealthy"), statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .WithTags("Health")
            .Produces<HealthView>()
            .Produces<HealthView>(StatusCodes.Status503ServiceUnavailable)
            .WithName("GetHealth")
            .WithSummary("Is the service up and its database answering?");
}
