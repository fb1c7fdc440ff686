using NodaTime;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data;

/// <summary>
/// A photo or PDF of a receipt, kept in the database: the person's until it is sent with a claim, then the claim's.
/// Its type is the one its content shows, never the one its name or the browser claims. The bytes are kept apart
/// (<see cref="ReceiptContent"/>), so listing and attaching receipts never reads them.
/// </summary>
public sealed class Receipt
{
    public Guid Id { get; init; }

    public PersonId PersonId { get; init; }

    public ClaimId? ClaimId { get; set; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public int Length { get; init; }

    public Actor UploadedBy { get; init; }

    public Instant UploadedAt { get; init; }
}

/// <summary>The bytes of a receipt.</summary>
public sealed class ReceiptContent
{
    public Guid ReceiptId { get; init; }

    public required byte[] Bytes { get; init; }
}
