using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Audit;

/// <summary>The audit trail, oldest first: who changed what, when, and how it was before and after. Read-only.</summary>
public static class ListAudit
{
    public static readonly IReadOnlyList<string> EntityTypes = ["Policy", "Person", "Activity", "Claim", "PaymentRun", "Calendar"];

    /// <param name="Actor">Only what this person or process did, by the name the trail gives them (an email, or "system").</param>
    public sealed record Query(string? EntityType, string? EntityId, PageRequest Page, string? Actor = null) : IRequest<Paged<AuditView>>;

    public sealed record AuditView(Instant At, string Actor, string Action, string EntityType, string EntityId, string? Before, string? After);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Actor).MaximumLength(Actor.MaxLength).WithMessage($"An actor is named by at most {Actor.MaxLength} characters.").OverridePropertyName("actor");
    }

    internal sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<AuditView>>
    {
        public Task<Paged<AuditView>> Handle(Query query, CancellationToken cancellationToken)
        {
            IQueryable<AuditEntry> entries = db.AuditEntries;
            if (query.EntityType is { } type)
            {
                entries = entries.Where(a => a.EntityType == type);
            }

            if (!string.IsNullOrEmpty(query.EntityId))
            {
                entries = entries.Where(a => a.EntityId == query.EntityId);
            }

            if (!string.IsNullOrWhiteSpace(query.Actor))
            {
                var actor = new Actor(query.Actor.Trim().ToLowerInvariant());
                entries = entries.Where(a => a.Actor == actor);
            }

            return query.Page.ReadAsync(entries.OrderBy(a => a.Id), a => new AuditView(a.At, a.Actor.Name, a.Action, a.EntityType, a.EntityId, a.Before, a.After), cancellationToken);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/audit", async (string? entityType, string? entityId, string? actor, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(KnownType(entityType), entityId, PageRequest.From(page, pageSize), actor), cancellationToken)))
            .RequireRoles(Roles.Staff, Roles.Finance, Roles.Admin)
            .WithTags("Audit")
            .ProducesValidationProblem()
            .WithName("ListAudit")
            .WithSummary("Read the audit trail");

    public static string? KnownType(string? entityType) =>
        string.IsNullOrEmpty(entityType) ? null
        : EntityTypes.FirstOrDefault(t => string.Equals(t, entityType, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidFieldRefusal("entityType", $"The entity type is one of: {string.Join(", ", EntityTypes)}.");
}
