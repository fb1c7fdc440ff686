using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.PolicyLanguage;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>Publishes a new policy version. Published versions never change and never take effect in the past.</summary>
public static class PublishPolicy
{
    /// <param name="Document">The whole policy document.</param>
    /// <param name="FromPolicyFile">
    /// True when imported from the council's policies/ folder at start: those files are its recorded history and keep
    /// their own dates. A policy owner's publication may not take effect before today.
    /// </param>
    public sealed record Command(PolicyDocument Document, bool FromPolicyFile) : ICommand<PolicySummary>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Document).ValidatedAsSent(new PolicyDocumentValidator());
    }

    internal sealed class Handler(AppDbContext db, IClock clock, CurrentUser user, AuditTrail audit) : IRequestHandler<Command, PolicySummary>
    {
        public async Task<PolicySummary> Handle(Command command, CancellationToken cancellationToken)
        {
            var document = command.Document;
            await RequirePublishableAsync(db, document, LondonCalendar.Today(clock), command.FromPolicyFile, cancellationToken);
            var policy = document.ToPolicy();
            var published = new PublishedPolicy
            {
                Version = policy.Version.Label,
                EffectiveFrom = policy.EffectiveFrom,
                Title = policy.Title,
                Summary = $"{policy.ActivityTypes.Count} activity types, {policy.ExpenseCategories.Count} expense categories, {policy.Benefits.Count} benefits",
                PublishedAt = clock.GetCurrentInstant(),
                PublishedBy = user.Actor,
                Document = PolicyDocumentFormat.ToJson(document),
            };
            db.Policies.Add(published);
            var summary = PolicySummary.From(published);
            audit.Record(command.FromPolicyFile ? "PolicyImported" : "PolicyPublished", "Policy", published.Version, after: summary);
            return summary;
        }
    }

    /// <summary>A version takes effect no earlier than today (unless it is the council's recorded history), and is published once.</summary>
    internal static async Task RequirePublishableAsync(AppDbContext db, PolicyDocument document, LocalDate today, bool fromPolicyFile, CancellationToken cancellationToken)
    {
        if (!fromPolicyFile && document.EffectiveFrom < today)
        {
            throw new InvalidFieldRefusal("effectiveFrom", $"A new version cannot take effect before today ({today:yyyy-MM-dd}). Published versions never change what was already claimed.");
        }

        if (await db.Policies.AnyAsync(p => p.Version == document.Version, cancellationToken))
        {
            throw new ConflictRefusal("VersionAlreadyPublished", $"Version '{document.Version}' is already published, and published versions never change. Publish a new version instead.");
        }
    }

    public static void Map(RouteGroupBuilder policies) =>
        policies.MapPost("/", async (HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var text = await RequestBodies.ReadTextAsync(request, RequestBodies.MaxBytes, cancellationToken);
                var document = PolicyDocumentFormat.Read(text, PolicyDocumentFormat.IsYaml(request.ContentType));
                var summary = await mediator.Send(new Command(document, FromPolicyFile: false), cancellationToken);
                return TypedResults.Created($"/api/v1/policies/{Uri.EscapeDataString(summary.Version)}", summary);
            })
            .RequireRoles(Roles.PolicyOwner)
            .Accepts<PolicyDocument>("application/json", "application/yaml")
            .Produces<PolicySummary>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("PublishPolicy")
            .WithSummary("Publish a new policy version (JSON or YAML)");
}
