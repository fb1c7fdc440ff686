using MediatR;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.People;

/// <summary>Who the caller is: their email and role and, for a co-producer registered with that email, their own person.</summary>
public static class GetMe
{
    public sealed record Query : IRequest<MeView>;

    public sealed record MeView(string Email, string Role, Guid? PersonId, string? DisplayName);

    internal sealed class Handler(CurrentUser user, PersonAccess access) : IRequestHandler<Query, MeView>
    {
        public async Task<MeView> Handle(Query query, CancellationToken cancellationToken)
        {
            var role = Roles.All.First(user.IsInRole);
            var person = role == Roles.CoProducer ? await access.OwnEmailPersonAsync(cancellationToken) : null;
            return new MeView(user.Email ?? user.Actor.Name, role, person?.Id.Value, person?.DisplayName);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/me", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(), cancellationToken)))
            .WithTags("People")
            .RequireAnyRole()
            .WithName("GetMe")
            .WithSummary("Who am I? My email, role and, for a co-producer, my own person id");
}
