using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.Quotes;

/// <summary>
/// "What would I get for this?": prices a claim under the policy in force on its date and stores nothing. For a
/// person (personId, or a CoProducer's own token) it also uses their eligibility and earlier miles this tax year.
/// </summary>
public static class GetQuote
{
    public sealed record Query(ClaimInput Claim) : IRequest<PricedClaimView>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Claim).ValidatedAsSent(new ClaimInputValidator(forQuote: true));
    }

    internal sealed class Handler(AppDbContext db, ClaimPricing pricing, BenefitsProjection projection, PersonAccess access) : IRequestHandler<Query, PricedClaimView>
    {
        public async Task<PricedClaimView> Handle(Query query, CancellationToken cancellationToken)
        {
            var person = await PersonAsync(query.Claim.PersonId, cancellationToken);
            var priced = await pricing.QuoteAsync(query.Claim, person, cancellationToken);
            var view = PricedClaimView.From(priced);
            return person is null
                ? view
                : view with { Benefits = await projection.ForAsync(person.Id, priced.Involvement + priced.Prep + priced.Travel, priced.Expenses, excludingClaim: null, cancellationToken) };
        }

        private async Task<Person?> PersonAsync(Guid? personId, CancellationToken cancellationToken)
        {
            if (access.IsCoProducer)
            {
                var email = await access.OwnEmailPersonAsync(cancellationToken);
                if (personId is { } asked && new PersonId(asked) != email?.Id)
                {
                    throw new InvalidFieldRefusal("personId", "You can ask only about yourself: leave out personId.");
                }

                return email;
            }

            if (personId is not null && !access.IsStaff)
            {
                throw new ForbiddenRefusal("Your role may not ask about a person's pay or benefits: only staff may name personId on a quote.");
            }

            return personId is { } id
                ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == new PersonId(id), cancellationToken) ?? throw new NotFoundRefusal("person", id.ToString())
                : null;
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/quotes", async (ClaimInput claim, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(claim), cancellationToken)))
            .RequireAnyRole()
            .WithTags("Quotes")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetQuote")
            .WithSummary("What would I get for this? Prices a claim without storing anything");
}
