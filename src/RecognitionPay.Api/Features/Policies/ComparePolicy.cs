using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.PolicyLanguage;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>
/// A new version checked as publishing checks it, and what it changes against the version in force today, before
/// anyone publishes it. Nothing is stored.
/// </summary>
public static class ComparePolicy
{
    public sealed record Query(PolicyDocument Document) : IRequest<Comparison>;

    public sealed record Comparison(string Version, LocalDate EffectiveFrom, string Title, string? InForceVersion, IReadOnlyList<PolicyChange> Changes);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Document).ValidatedAsSent(new PolicyDocumentValidator());
    }

    internal sealed class Handler(AppDbContext db, PolicyBook book, IClock clock) : IRequestHandler<Query, Comparison>
    {
        public async Task<Comparison> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = LondonCalendar.Today(clock);
            await PublishPolicy.RequirePublishableAsync(db, query.Document, today, fromPolicyFile: false, cancellationToken);
            var inForce = await book.VersionInForceOnAsync(today, cancellationToken);
            var current = inForce is null ? null
                : PolicyDocumentFormat.FromStoredJson(await db.Policies.AsNoTracking().Where(p => p.Version == inForce).Select(p => p.Document).SingleAsync(cancellationToken));
            var changes = PolicyChanges.Between(current is null ? [] : PolicyRows.Of(current), PolicyRows.Of(query.Document));
            return new(query.Document.Version!, query.Document.EffectiveFrom!.Value, query.Document.Title!, inForce, changes);
        }
    }
}
