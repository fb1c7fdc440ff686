using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.Activities;

namespace RecognitionPay.Api.Features.Activities;

/// <summary>Activities between two dates (both optional), newest first, a page at a time.</summary>
public static class ListActivities
{
    public sealed record Query(LocalDate? From, LocalDate? To, PageRequest Page) : IRequest<Paged<ActivityView>>;

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<ActivityView>>
    {
        public Task<Paged<ActivityView>> Handle(Query query, CancellationToken cancellationToken)
        {
            IQueryable<Activity> activities = db.Activities;
            if (query.From is { } from)
            {
                activities = activities.Where(a => a.Date >= from);
            }

            if (query.To is { } to)
            {
                activities = activities.Where(a => a.Date <= to);
            }

            return query.Page.ReadAsync(activities.OrderByDescending(a => a.Date).ThenBy(a => a.Id), ActivityView.From, cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder activities) =>
        activities.MapGet("/", async (string? from, string? to, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new Query(QueryDates.Parse(from, "from"), QueryDates.Parse(to, "to"), PageRequest.From(page, pageSize)), cancellationToken)))
            .RequireRoles(Roles.Staff, Roles.CoProducer)
            .ProducesValidationProblem()
            .WithName("ListActivities")
            .WithSummary("List activities between two dates");
}
