using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.PolicyLanguage;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Shared;

/// <summary>
/// The published versions, read from the database (the source of truth every node shares). Parsed versions are
/// remembered by label, which is safe because a published version never changes.
/// </summary>
public sealed class PolicyBook(AppDbContext db, PolicyBook.Memo memo)
{
    /// <summary>Read by every claim priced, so compiled once rather than translated again each time.</summary>
    private static readonly Func<AppDbContext, IAsyncEnumerable<VersionDate>> VersionDates =
        EF.CompileAsyncQuery((AppDbContext db) => db.Policies.AsNoTracking().OrderBy(p => p.PublishedAt).Select(p => new VersionDate(p.Version, p.EffectiveFrom)));

    public async Task<RecognitionPolicy?> InForceOnAsync(LocalDate date, CancellationToken cancellationToken) =>
        await VersionInForceOnAsync(date, cancellationToken) is { } version ? await VersionAsync(version, cancellationToken) : null;

    /// <summary>The label of the version in force on a date, or null when none had taken effect.</summary>
    public async Task<string?> VersionInForceOnAsync(LocalDate date, CancellationToken cancellationToken)
    {
        var versions = await VersionDates(db).ToListAsync(cancellationToken);
        return PolicyCatalog.InForceOn(versions, v => v.EffectiveFrom, date)?.Version;
    }

    public async Task<RecognitionPolicy?> VersionAsync(string version, CancellationToken cancellationToken)
    {
        if (memo.Parsed.TryGetValue(version, out var known))
        {
            return known;
        }

        var document = await db.Policies.AsNoTracking().Where(p => p.Version == version).Select(p => p.Document).SingleOrDefaultAsync(cancellationToken);
        return document is null ? null : memo.Parsed.GetOrAdd(version, _ => PolicyDocumentFormat.FromStoredJson(document).ToPolicy());
    }

    private sealed record VersionDate(string Version, LocalDate EffectiveFrom);

    /// <summary>Parsed versions by label, shared by every request of this process.</summary>
    public sealed class Memo
    {
        public ConcurrentDictionary<string, RecognitionPolicy> Parsed { get; } = new(StringComparer.Ordinal);
    }
}
