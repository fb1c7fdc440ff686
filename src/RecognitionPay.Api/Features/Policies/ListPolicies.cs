using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>Every published version, oldest effective date first.</summary>
public static class ListPolicies
{
    public sealed record Query : IRequest<IReadOnlyList<PolicySummary>>;

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<PolicySummary>>
    {
        public async Task<IReadOnlyList<PolicySummary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var rows = await db.Policies.AsNoTracking().ToListAsync(cancellationToken);
            return [.. rows.OrderBy(p => p.EffectiveFrom).ThenBy(p => p.PublishedAt).Select(PolicySummary.From)];
        }
    }

    public static void Map(RouteGroupBuilder policies) =>
        policies.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(), cancellationToken)))
            .RequireAnyRole()
            .WithName("ListPolicies")
            .WithSummary("List the published policy versions");
}
