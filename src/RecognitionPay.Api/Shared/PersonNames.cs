using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Shared;

/// <summary>People by name, for the pages that filter or label by person: the staff queue, finance's ledger.</summary>
public sealed class PersonNames(AppDbContext db)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await db.People.AsNoTracking().OrderBy(p => p.DisplayName).Select(p => new { p.Id, p.DisplayName }).ToListAsync(cancellationToken)).Select(p => (p.Id.Value, p.DisplayName))];

    public async Task<IReadOnlyDictionary<Guid, string>> OfAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var people = ids.Distinct().Select(id => new PersonId(id)).ToList();
        return await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id.Value, p => p.DisplayName, cancellationToken);
    }
}
