using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>How many claims are in each status, with the queue's filters, in one grouped read: the counts beside the staff queue.</summary>
public static class CountClaims
{
    public sealed record Query(PersonId? PersonId, LocalDate? From, LocalDate? To) : IRequest<IReadOnlyDictionary<ClaimStatus, int>>;

    internal sealed class Handler(AppDbContext db, PersonAccess access) : IRequestHandler<Query, IReadOnlyDictionary<ClaimStatus, int>>
    {
        public async Task<IReadOnlyDictionary<ClaimStatus, int>> Handle(Query query, CancellationToken cancellationToken)
        {
            var personId = access.IsCoProducer ? await access.OwnPersonIdAsync(cancellationToken) : query.PersonId;
            var counts = await ListClaims.Filter(db.Claims, personId, null, query.From, query.To)
                .GroupBy(c => c.Status)
                .Select(g => new { Status = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            return Enum.GetValues<ClaimStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
        }
    }
}
