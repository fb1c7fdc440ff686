using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.People;

/// <summary>Staff find people by name or email, a page at a time.</summary>
public static class ListPeople
{
    public sealed record Query(string? Q, PageRequest Page) : IRequest<Paged<PersonView>>;

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<PersonView>>
    {
        public Task<Paged<PersonView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var people = db.People.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var text = query.Q.Trim().ToLowerInvariant();
                people = people.Where(p => p.Email.Contains(text) || p.DisplayName.ToLower().Contains(text));
            }

            return query.Page.ReadAsync(people.OrderBy(p => p.DisplayName).ThenBy(p => p.Id), PersonView.From, cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder people) =>
        people.MapGet("/", async (string? q, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(q, PageRequest.From(page, pageSize)), cancellationToken)))
            .RequireRoles(Roles.Staff)
            .ProducesValidationProblem()
            .WithName("ListPeople")
            .WithSummary("Find people by name or email");
}
