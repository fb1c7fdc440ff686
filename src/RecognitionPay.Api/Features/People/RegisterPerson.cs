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
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.People;

/// <summary>Staff register a co-producer: how they are paid, their benefits, and whether they can be paid at all.</summary>
public static class RegisterPerson
{
    public sealed record Command(
        string? DisplayName,
        string? Email,
        string? PaymentMethod,
        BankAccountInput? BankAccount,
        IReadOnlyList<BenefitInput>? Benefits,
        string? OverCapChoice,
        bool? EligibleForPayment) : ICommand<PersonView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
            RuleFor(c => c.Email).NotEmpty().MaximumLength(InputLimits.MaxNameLength).EmailAddress();
            RuleFor(c => c.PaymentMethod).NotEmpty().Must(m => PaymentChoiceNames.PaymentMethods.Contains(m))
                .WithMessage("The payment method is bank-transfer, voucher or none.");
            RuleFor(c => c.BankAccount).NotNull().When(c => c.PaymentMethod == "bank-transfer")
                .WithMessage("Bank transfer needs the bank account to pay into.");
            RuleFor(c => c.BankAccount!).SetValidator(new BankAccountInputValidator()).When(c => c.BankAccount is not null);
            RuleFor(c => c.Benefits).Must(b => b is null || b.Count <= 20).WithMessage("At most 20 benefits.");
            RuleForEach(c => c.Benefits).NotNull().SetValidator(new BenefitInputValidator());
            RuleFor(c => c.OverCapChoice).Must(c => c is null || PaymentChoiceNames.OverCapChoices.Contains(c))
                .WithMessage("The over-cap choice is defer or waive.");
        }
    }

    internal sealed class Handler(AppDbContext db, PolicyBook policies, BankDetailsProtector protector, IClock clock, AuditTrail audit)
        : IRequestHandler<Command, PersonView>
    {
        public async Task<PersonView> Handle(Command command, CancellationToken cancellationToken)
        {
            var email = command.Email!.Trim().ToLowerInvariant();
            if (await db.People.AnyAsync(p => p.Email == email, cancellationToken))
            {
                throw new ConflictRefusal("EmailAlreadyRegistered", "Someone is already registered with this email address.");
            }

            var today = LondonCalendar.Today(clock);
            var policy = await policies.InForceOnAsync(today, cancellationToken)
                ?? throw new ConflictRefusal("NoPolicyInForce", "No policy is in force today, so benefits cannot be checked.");
            var person = Person.Register(
                PersonId.New(),
                command.DisplayName!,
                email,
                PaymentChoiceNames.ParsePaymentMethod(command.PaymentMethod),
                command.BankAccount?.ToBankAccount() is { } bank ? protector.Seal(bank) : null,
                BenefitDeclarations.From(command.Benefits, policy, today),
                PaymentChoiceNames.ParseOverCapChoice(command.OverCapChoice),
                command.EligibleForPayment ?? true,
                clock.GetCurrentInstant());
            db.People.Add(person);
            var view = PersonView.From(person);
            audit.Record("PersonRegistered", "Person", person.Id.ToString(), after: view);
            return view;
        }
    }

    public static void Map(RouteGroupBuilder people) =>
        people.MapPost("/", async (Command command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var person = await mediator.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/people/{person.Id}", person);
            })
            .RequireRoles(Roles.Staff)
            .Produces<PersonView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RegisterPerson")
            .WithSummary("Register a co-producer");
}
