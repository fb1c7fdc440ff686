using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>The receipts sent with a claim, oldest first, without their content; a co-producer sees only their own claim's.</summary>
public static class ListReceipts
{
    public sealed record Query(ClaimId Id) : IRequest<IReadOnlyList<ReceiptView>>;

    public sealed record ReceiptView(Guid Id, string FileName, string ContentType, int Length, Instant UploadedAt, string Href);

    internal sealed class Handler(AppDbContext db, PersonAccess access) : IRequestHandler<Query, IReadOnlyList<ReceiptView>>
    {
        public async Task<IReadOnlyList<ReceiptView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var owner = await db.Claims.AsNoTracking().Where(c => c.Id == query.Id).Select(c => (PersonId?)c.PersonId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundRefusal("claim", query.Id.ToString());
            await access.RequireVisibleAsync(owner, "claim", query.Id.ToString(), cancellationToken);
            var receipts = await db.Receipts.AsNoTracking().Where(r => r.ClaimId == query.Id)
                .Select(r => new { r.Id, r.FileName, r.ContentType, r.Length, r.UploadedAt })
                .ToListAsync(cancellationToken);
            return [.. receipts.OrderBy(r => r.UploadedAt).Select(r => new ReceiptView(r.Id, r.FileName, r.ContentType, r.Length, r.UploadedAt, $"/api/v1/claims/{query.Id}/receipts/{r.Id}"))];
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapGet("/{id:guid}/receipts", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(new ClaimId(id)), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListClaimReceipts")
            .WithSummary("The receipts sent with a claim (names, types and sizes; each downloads from its href)");
}
