using NodaTime;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data;

/// <summary>
/// A claim on the co-producer pages before it is sent: the answers so far, kept as the person goes, seen by nobody
/// else. One per person; when it corrects a returned claim, that claim's id.
/// </summary>
public sealed class ClaimDraft
{
    public PersonId PersonId { get; init; }

    public ClaimId? Correcting { get; set; }

    /// <summary>The journey's answers as JSON: their shape belongs to the pages that ask them.</summary>
    public required string Answers { get; set; }

    public Instant UpdatedAt { get; set; }
}
