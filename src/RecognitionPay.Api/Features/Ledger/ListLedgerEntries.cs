using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Ledger;

/// <summary>Ledger postings, oldest first, for one person's payable or between two dates (London), a page at a time.</summary>
public static class ListLedgerEntries
{
    public sealed record Query(PersonId? PersonId, LocalDate? From, LocalDate? To, PageRequest Page) : IRequest<Paged<PostingView>>;

    public sealed record PostingView(long Id, Guid EntryId, string Kind, Instant At, Guid? ClaimId, Guid? PersonId, string DebitAccount, string CreditAccount, long AmountPence);

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<PostingView>>
    {
        public Task<Paged<PostingView>> Handle(Query query, CancellationToken cancellationToken)
        {
            IQueryable<LedgerPostingRow> postings = db.LedgerPostings;
            if (query.PersonId is { } person)
            {
                postings = postings.Where(p => p.PersonId == person);
            }

            if (query.From is { } from)
            {
                var start = from.AtStartOfDayInZone(LondonCalendar.Zone).ToInstant();
                postings = postings.Where(p => p.At >= start);
            }

            if (query.To is { } to)
            {
                var end = to.PlusDays(1).AtStartOfDayInZone(LondonCalendar.Zone).ToInstant();
                postings = postings.Where(p => p.At < end);
            }

            return query.Page.ReadAsync(postings.OrderBy(p => p.Id), p =>
                new PostingView(p.Id, p.EntryId, p.Kind, p.At, p.ClaimId == null ? null : p.ClaimId.Value.Value, p.PersonId == null ? null : p.PersonId.Value.Value, p.DebitAccount, p.CreditAccount, p.AmountPence), cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder ledger) =>
        ledger.MapGet("/entries", async (Guid? personId, string? from, string? to, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new Query(personId is { } person ? new PersonId(person) : null, QueryDates.Parse(from, "from"), QueryDates.Parse(to, "to"), PageRequest.From(page, pageSize)), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .ProducesValidationProblem()
            .WithName("ListLedgerEntries")
            .WithSummary("Ledger postings by person and date");
}
