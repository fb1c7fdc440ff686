using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.PolicyLanguage;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>One published version's whole document.</summary>
public static class GetPolicy
{
    public sealed record Query(string Version) : IRequest<string>;

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Policies.AsNoTracking().Where(p => p.Version == query.Version).Select(p => p.Document).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundRefusal("policy version", query.Version);
    }

    public static void Map(RouteGroupBuilder policies) =>
        policies.MapGet("/{version}", async (string version, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                PolicyDocumentResult.For(request, await mediator.Send(new Query(version), cancellationToken)))
            .RequireAnyRole()
            .Produces<PolicyDocument>(StatusCodes.Status200OK, "application/json", "application/yaml")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPolicy")
            .WithSummary("Get one policy version (Accept: application/yaml for YAML)");
}
