using System.Text.Json;
using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>Keeps the signed-in person's answers as they go: their draft claim, which only they see until they send it.</summary>
public static class SaveClaimAnswers
{
    /// <param name="For">The person staff claim for; a co-producer's own draft needs none.</param>
    public sealed record Command(ClaimAnswers Answers, Guid? For = null) : ICommand<Unit>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Answers.ActivityTypeCode).MaximumLength(40).OverridePropertyName("activity");
            RuleFor(c => c.Answers.AttendedMinutes).InclusiveBetween(0, InputLimits.MinutesInDay).OverridePropertyName("attendedMinutes");
            RuleFor(c => c.Answers.PrepMinutes).InclusiveBetween(0, InputLimits.MinutesInDay).OverridePropertyName("prepMinutes");
            RuleFor(c => c.Answers.TravelMinutes).InclusiveBetween(0, InputLimits.MinutesInDay).OverridePropertyName("travelMinutes");
            RuleFor(c => c.Answers.Recognition).Must(r => r is null or "payment" or "voucher" or "decline").OverridePropertyName("recognition");
            RuleFor(c => c.Answers.CostsChosen).LessThanOrEqualTo(50)
                .WithMessage("A claim has at most 50 costs.").OverridePropertyName("costs");
            RuleForEach(c => c.Answers.AllCostAmounts).ChildRules(cost =>
            {
                cost.RuleFor(e => e.Code).NotEmpty().MaximumLength(40);
                cost.RuleFor(e => e.AmountPence).InclusiveBetween(0, InputLimits.MaxPence);
                cost.RuleFor(e => e.Miles).InclusiveBetween(0m, InputLimits.MaxMiles);
                cost.RuleFor(e => e.Hours).InclusiveBetween(0m, InputLimits.MaxHours);
            }).OverridePropertyName("costs");
        }
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, IClock clock, AuditTrail audit, JsonSerializerOptions json) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var person = (await access.ClaimantAsync(command.For, cancellationToken)).Id;
            await ClaimDrafts.KeepAsync(db, person, JsonSerializer.Serialize(command.Answers, json), correcting: null, setCorrecting: false, clock.GetCurrentInstant(), cancellationToken);
            audit.Record("ClaimDraftSaved", "ClaimDraft", person.ToString(), after: command.Answers);
            return Unit.Value;
        }
    }
}
