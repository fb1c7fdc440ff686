using System.Text.Json;
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
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// Opens a returned claim on the claim pages: the person's draft becomes that claim's answers, to change and send
/// again. Replaces any other draft (the person chose to do this first); only their own returned claim can be opened.
/// </summary>
public static class StartCorrection
{
    /// <returns>The answer staff asked to be changed, if they named one: where the pages open the claim.</returns>
    public sealed record Command(ClaimId Claim) : ICommand<string?>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Claim.Value).NotEmpty().OverridePropertyName("claim");
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, PolicyBook policies, IClock clock, AuditTrail audit, JsonSerializerOptions json) : IRequestHandler<Command, string?>
    {
        public async Task<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var person = await access.OwnPersonIdAsync(cancellationToken);
            var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.Claim && c.PersonId == person, cancellationToken);
            if (claim is null || claim.Status != ClaimStatus.Returned)
            {
                throw new NotFoundRefusal("claim", command.Claim.ToString());
            }

            var answers = ClaimAnswers.From(ClaimView.From(claim), await policies.InForceOnAsync(claim.Details.ActivityDate, cancellationToken));
            await ClaimDrafts.KeepAsync(db, person, JsonSerializer.Serialize(answers, json), claim.Id, setCorrecting: true, clock.GetCurrentInstant(), cancellationToken);
            audit.Record("ClaimCorrectionStarted", "ClaimDraft", person.ToString(), after: new { claim = claim.Id });
            return claim.AnswerToChange;
        }
    }
}
