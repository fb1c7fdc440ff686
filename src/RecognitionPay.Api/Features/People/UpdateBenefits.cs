using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.People;

/// <summary>Replaces the benefits a person declares (staff, or the person themself).</summary>
public static class UpdateBenefits
{
    public sealed record Command(PersonId Id, IReadOnlyList<BenefitInput>? Benefits) : ICommand<PersonView>;

    public sealed record Body(IReadOnlyList<BenefitInput>? Benefits);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Benefits).NotNull().WithMessage("Say which benefits the person gets: an empty list for none.")
                .Must(b => b is null || b.Count <= 20).WithMessage("At most 20 benefits.");
            RuleForEach(c => c.Benefits).NotNull().SetValidator(new BenefitInputValidator());
        }
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, PolicyBook policies, IClock clock, AuditTrail audit)
        : IRequestHandler<Command, PersonView>
    {
        public async Task<PersonView> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.RequireVisibleAsync(command.Id, "person", command.Id.ToString(), cancellationToken);
            var person = await db.People.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
                ?? throw new NotFoundRefusal("person", command.Id.ToString());
            var today = LondonCalendar.Today(clock);
            var policy = await policies.InForceOnAsync(today, cancellationToken)
                ?? throw new ConflictRefusal("NoPolicyInForce", "No policy is in force today, so benefits cannot be checked.");
            var before = PersonView.From(person);
            person.DeclareBenefits(BenefitDeclarations.From(command.Benefits, policy, today));
            var after = PersonView.From(person);
            audit.Record("BenefitsUpdated", "Person", person.Id.ToString(), before.Benefits, after.Benefits);
            return after;
        }
    }

    public static void Map(RouteGroupBuilder people) =>
        people.MapPut("/{id:guid}/benefits", async (Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Command(new PersonId(id), body.Benefits), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("UpdateBenefits")
            .WithSummary("Declare the benefits a person receives");
}
