using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.PolicyLanguage;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>The version in force on a date (today when no date is given): the latest effective-from on or before it.</summary>
public static class GetPolicyInForce
{
    public sealed record Query(LocalDate? On) : IRequest<string>;

    internal sealed class Handler(AppDbContext db, PolicyBook book, IClock clock) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query query, CancellationToken cancellationToken)
        {
            var on = query.On ?? LondonCalendar.Today(clock);
            var version = await book.VersionInForceOnAsync(on, cancellationToken)
                ?? throw new NotFoundRefusal("policy in force on", on.ToString("yyyy-MM-dd", null));
            return await db.Policies.AsNoTracking().Where(p => p.Version == version).Select(p => p.Document).SingleAsync(cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder policies) =>
        policies.MapGet("/in-force", async (string? on, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                PolicyDocumentResult.For(request, await mediator.Send(new Query(QueryDates.Parse(on, "on")), cancellationToken)))
            .RequireAnyRole()
            .Produces<PolicyDocument>(StatusCodes.Status200OK, "application/json", "application/yaml")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPolicyInForce")
            .WithSummary("Get the policy version in force on a date");
}
