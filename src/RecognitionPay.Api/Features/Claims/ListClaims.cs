using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>
/// Claims filtered by status, person and activity dates, a page at a time: the staff approval queue is
/// ?status=Submitted, oldest first. A co-producer sees only their own.
/// </summary>
public static class ListClaims
{
    /// <param name="NewestFirst">Newest first (a co-producer's latest claims), not oldest first (the approval queue).</param>
    /// <param name="WithProgress">With where each claim has got to (a co-producer's home page), read for the whole page at once.</param>
    public sealed record Query(ClaimStatus? Status, PersonId? PersonId, LocalDate? From, LocalDate? To, PageRequest Page, bool NewestFirst = false, bool WithProgress = false) : IRequest<Paged<ClaimView>>;

    internal sealed class Handler(AppDbContext db, PersonAccess access, PersonNames people, ClaimProgressBook book) : IRequestHandler<Query, Paged<ClaimView>>
    {
        public async Task<Paged<ClaimView>> Handle(Query query, CancellationToken cancellationToken)
        {
            IQueryable<Claim> claims = db.Claims;
            var personId = access.IsCoProducer ? await access.OwnPersonIdAsync(cancellationToken) : query.PersonId;
            if (access.IsCoProducer && query.PersonId is { } asked && asked != personId)
            {
                return new Paged<ClaimView>([], query.Page.Page, query.Page.PageSize, 0);
            }

            claims = Filter(claims, personId, query.Status, query.From, query.To);
            var ordered = query.NewestFirst ? claims.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id) : claims.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id);
            var page = await query.Page.ReadAsync(ordered.AsNoTracking(), claim => claim, cancellationToken);
            var names = await people.OfAsync(page.Items.Select(c => c.PersonId.Value), cancellationToken);
            var progress = query.WithProgress ? await book.OfAsync(page.Items, cancellationToken) : null;
            return new Paged<ClaimView>(
                [.. page.Items.Select(c => ClaimView.From(c) with { PersonName = names.GetValueOrDefault(c.PersonId.Value), Progress = progress?[c.Id].Sentences })],
                page.Page,
                page.PageSize,
                page.TotalCount);
        }
    }

    /// <summary>The claims of a person (or everyone's), in a status (or any), with activity dates in a range.</summary>
    internal static IQueryable<Claim> Filter(IQueryable<Claim> claims, PersonId? personId, ClaimStatus? status, LocalDate? from, LocalDate? to)
    {
        if (personId is { } id)
        {
            claims = claims.Where(c => c.PersonId == id);
        }

        if (status is { } only)
        {
            claims = claims.Where(c => c.Status == only);
        }

        if (from is { } first)
        {
            claims = claims.Where(c => c.Details.ActivityDate >= first);
        }

        if (to is { } last)
        {
            claims = claims.Where(c => c.Details.ActivityDate <= last);
        }

        return claims;
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapGet("/", async (string? status, Guid? personId, string? from, string? to, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new Query(ParseStatus(status), personId is { } person ? new PersonId(person) : null, QueryDates.Parse(from, "from"), QueryDates.Parse(to, "to"), PageRequest.From(page, pageSize)),
                    cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin)
            .ProducesValidationProblem()
            .WithName("ListClaims")
            .WithSummary("List claims by status, person and activity date");

    private static ClaimStatus? ParseStatus(string? status) =>
        string.IsNullOrEmpty(status) ? null
        : Enum.TryParse<ClaimStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new InvalidFieldRefusal("status", $"Status is one of: {string.Join(", ", Enum.GetNames<ClaimStatus>())}.");
}
