using System.Text.Json;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Pipeline;

/// <summary>Records a state change (who, when, what) in the same transaction as the change itself.</summary>
public sealed class AuditTrail(AppDbContext db, CurrentUser user, IClock clock, JsonSerializerOptions json)
{
    public void Record(string action, string entityType, string entityId, object? before = null, object? after = null) =>
        db.AuditEntries.Add(Entry(action, entityType, entityId, before, after));

    /// <summary>For a bulk command: the change written at once (<see cref="RowInserts"/>) in its open transaction, not tracked.</summary>
    public Task RecordNowAsync(string action, string entityType, string entityId, object? before, object? after, CancellationToken cancellationToken) =>
        db.InsertAsync([Entry(action, entityType, entityId, before, after)], cancellationToken);

    private AuditEntry Entry(string action, string entityType, string entityId, object? before, object? after) => new()
    {
        At = clock.GetCurrentInstant(),
        Actor = user.Actor,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Before = before is null ? null : JsonSerializer.Serialize(before, json),
        After = after is null ? null : JsonSerializer.Serialize(after, json),
    };
}
