using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data.Conversions;

/// <summary>Each typed id is stored as the Guid it wraps (TEXT on SQLite, uuid on PostgreSQL), so the schema is unchanged.</summary>
public sealed class PersonIdConverter() : ValueConverter<PersonId, Guid>(id => id.Value, value => new PersonId(value));

public sealed class ClaimIdConverter() : ValueConverter<ClaimId, Guid>(id => id.Value, value => new ClaimId(value));

public sealed class ActivityIdConverter() : ValueConverter<ActivityId, Guid>(id => id.Value, value => new ActivityId(value));

public sealed class PaymentRunIdConverter() : ValueConverter<PaymentRunId, Guid>(id => id.Value, value => new PaymentRunId(value));

public sealed class PaymentItemIdConverter() : ValueConverter<PaymentItemId, Guid>(id => id.Value, value => new PaymentItemId(value));

/// <summary>Who did something, stored as their name (an email, or "system:..."), as before.</summary>
public sealed class ActorConverter() : ValueConverter<Actor, string>(actor => actor.Name, name => new Actor(name));
