using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Claims.Journey;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>
/// A co-producer claims for themself, or staff for someone (personId). Priced at once under the version in force on
/// the activity's date and stored with it. The Idempotency-Key makes a retried submission return the same claim.
/// </summary>
public static class SubmitClaim
{
    /// <param name="FromDraft">Sent from the claim pages: the claimant's draft is used up and its receipts go with the claim.</param>
    public sealed record Command(string? IdempotencyKey, ClaimInput Claim, bool FromDraft = false) : ICommand<ClaimView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.IdempotencyKey).NotEmpty().WithMessage("Send an Idempotency-Key header so a retried claim is not made twice.")
                .MaximumLength(200).OverridePropertyName("Idempotency-Key");
            RuleFor(c => c.Claim).ValidatedAsSent(new ClaimInputValidator(forQuote: false));
        }
    }

    /// <summary>Read on every submission, so compiled once rather than translated again for each claim.</summary>
    private static readonly Func<AppDbContext, Actor, string, CancellationToken, Task<IdempotencyRecord?>> UsedKey =
        EF.CompileAsyncQuery((AppDbContext db, Actor actor, string key, CancellationToken _) =>
            db.IdempotencyKeys.AsNoTracking().SingleOrDefault(k => k.Actor == actor && k.Key == key));

    internal sealed class Handler(AppDbContext db, ClaimPricing pricing, PersonAccess access, CurrentUser user, IClock clock, AuditTrail audit, JsonSerializerOptions json)
        : IRequestHandler<Command, ClaimView>
    {
        public async Task<ClaimView> Handle(Command command, CancellationToken cancellationToken)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command.Claim, json))));
            var key = command.IdempotencyKey!;
            if (await UsedKey(db, user.Actor, key, cancellationToken) is { } used)
            {
                return used.RequestHash == hash
                    ? ClaimView.From(await db.Claims.AsNoTracking().SingleAsync(c => c.Id == used.ClaimId, cancellationToken))
                    : throw new ConflictRefusal("IdempotencyKeyReused", "This Idempotency-Key was already used for a different claim. Use a new key for a new claim.");
            }

            var person = await access.ClaimantAsync(command.Claim.PersonId, cancellationToken);
            var (details, priced) = await pricing.PriceClaimAsync(command.Claim, person, excludingClaim: null, cancellationToken);
            var now = clock.GetCurrentInstant();
            var claim = Claim.Submit(ClaimId.New(), person.Id, command.Claim.ActivityId is { } activity ? new ActivityId(activity) : null, details, priced, user.Actor, now);
            db.Claims.Add(claim);
            db.IdempotencyKeys.Add(new IdempotencyRecord { Actor = user.Actor, Key = key, RequestHash = hash, ClaimId = claim.Id, CreatedAt = now });
            if (command.FromDraft)
            {
                await ClaimDrafts.FinishAsync(db, person.Id, claim.Id, cancellationToken);
            }

            var view = ClaimView.From(claim);
            audit.Record("ClaimSubmitted", "Claim", claim.Id.ToString(), after: new { view.PersonId, view.Status, view.PolicyVersion, view.ActivityTypeCode, view.ActivityDate, view.TotalPence });
            return view;
        }
    }

    /// <summary>
    /// Sends the command in the caller's unit of work; when a submission with the same key was stored first (the
    /// database refused the second key), sends it again in a fresh one, which then finds that claim and answers with it.
    /// </summary>
    public static async Task<ClaimView> SendOnceAsync(IMediator mediator, IServiceScopeFactory scopes, Command command, CancellationToken cancellationToken, int attempt = 1)
    {
        try
        {
            return await mediator.Send(command, cancellationToken);
        }
        catch (DbUpdateException stored) when (attempt < 3 && DatabaseErrors.IsUniqueViolation(stored))
        {
            await using var fresh = scopes.CreateAsyncScope();
            return await SendOnceAsync(fresh.ServiceProvider.GetRequiredService<IMediator>(), scopes, command, cancellationToken, attempt + 1);
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/", async ([FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimInput claim, HttpResponse response, IMediator mediator, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
                ClaimView.Answer(response, await SendOnceAsync(mediator, scopes, new Command(idempotencyKey, claim), cancellationToken), StatusCodes.Status201Created))
            .RequireRoles(Roles.CoProducer, Roles.Staff)
            .Produces<ClaimView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SubmitClaim")
            .WithSummary("Submit a claim (Idempotency-Key header required)");
}
