using System.Text.Json;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Pipeline;

/// <summary>Records a state change (who, when, what) in the same transaction as the change itself.</summary>
public sealed class AuditTrail(AppDbContext db, CurrentUser user, IClock clock, JsonSerializerOptions json)
{
    public void Record(string action, string entityType, string entityId, object? before = null, object? after = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            Actor = user.Actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, json),
            After = after is null ? null : JsonSerializer.Serialize(after, json),
        });
}
