using NodaTime;

namespace RecognitionPay.Api.Data;

/// <summary>A sign-in link once used: its id is the key, so the database refuses a second use, on any node.</summary>
public sealed class UsedSignInLink
{
    public Guid Id { get; init; }

    public required string Email { get; init; }

    public Instant UsedAt { get; init; }
}
