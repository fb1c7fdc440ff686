using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.People;

/// <summary>One person; a CoProducer may read only themself.</summary>
public static class GetPerson
{
    public sealed record Query(PersonId Id) : IRequest<PersonView>;

    internal sealed class Handler(AppDbContext db, PersonAccess access) : IRequestHandler<Query, PersonView>
    {
        public async Task<PersonView> Handle(Query query, CancellationToken cancellationToken)
        {
            await access.RequireVisibleAsync(query.Id, "person", query.Id.ToString(), cancellationToken);
            var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
                ?? throw new NotFoundRefusal("person", query.Id.ToString());
            return PersonView.From(person);
        }
    }

    public static void Map(RouteGroupBuilder people) =>
        people.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(new PersonId(id)), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPerson")
            .WithSummary("Get a person (a co-producer sees only themself)");
}
