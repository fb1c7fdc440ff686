using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.People;

/// <summary>Changes how a person is paid: method, bank account, over-cap choice and eligibility.</summary>
public static class UpdatePaymentDetails
{
    public sealed record Body(string? PaymentMethod, BankAccountInput? BankAccount, string? OverCapChoice, bool? EligibleForPayment);

    public sealed record Command(PersonId Id, Body Details) : ICommand<PersonView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Details.PaymentMethod).NotEmpty().Must(m => PaymentChoiceNames.PaymentMethods.Contains(m))
                .WithMessage("The payment method is bank-transfer, voucher or none.").OverridePropertyName("paymentMethod");
            RuleFor(c => c.Details.BankAccount!).SetValidator(new BankAccountInputValidator()).When(c => c.Details.BankAccount is not null)
                .OverridePropertyName("bankAccount");
            RuleFor(c => c.Details.OverCapChoice).Must(c => c is null || PaymentChoiceNames.OverCapChoices.Contains(c))
                .WithMessage("The over-cap choice is defer or waive.").OverridePropertyName("overCapChoice");
        }
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, BankDetailsProtector protector, CurrentUser user, AuditTrail audit)
        : IRequestHandler<Command, PersonView>
    {
        public async Task<PersonView> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.RequireVisibleAsync(command.Id, "person", command.Id.ToString(), cancellationToken);
            var person = await db.People.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
                ?? throw new NotFoundRefusal("person", command.Id.ToString());
            var details = command.Details;
            if (details.EligibleForPayment is not null && !user.IsInRole(Roles.Staff))
            {
                throw new InvalidFieldRefusal("eligibleForPayment", "Only staff can change whether someone can be paid.");
            }

            var before = PersonView.From(person);
            person.ChangePaymentDetails(
                PaymentChoiceNames.ParsePaymentMethod(details.PaymentMethod),
                details.BankAccount?.ToBankAccount() is { } bank ? protector.Seal(bank) : null,
                details.OverCapChoice is null ? null : PaymentChoiceNames.ParseOverCapChoice(details.OverCapChoice),
                details.EligibleForPayment);
            var after = PersonView.From(person);
            audit.Record("PaymentDetailsUpdated", "Person", person.Id.ToString(), before, after);
            return after;
        }
    }

    public static void Map(RouteGroupBuilder people) =>
        people.MapPut("/{id:guid}/payment-details", async (Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Command(new PersonId(id), body), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("UpdatePaymentDetails")
            .WithSummary("Change how a person is paid (bank details are masked in the answer)");
}
