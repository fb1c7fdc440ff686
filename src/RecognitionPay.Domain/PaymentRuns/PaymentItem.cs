using NodaTime;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>One payment in a run: one person, one method, the claims it pays.</summary>
public sealed class PaymentItem
{
    private readonly List<PaymentItemClaim> _claims = [];

    /// <summary>Untouched claims planned to be paid whole, until their parts are recorded (<see cref="RecordInFull"/>).</summary>
    private OwedInFull? _inFull;

    private PaymentItem()
    {
    }

    public PaymentItemId Id { get; private set; }

    public PaymentRunId RunId { get; private set; }

    public PersonId PersonId { get; private set; }

    public PaymentMethod Method { get; private set; }

    public Money Amount { get; private set; }

    /// <summary>The part of <see cref="Amount"/> that is involvement pay (counted as earnings); the rest is expenses.</summary>
    public Money Pay { get; private set; }

    public PaymentItemStatus Status { get; private set; }

    public string? FailureReason { get; private set; }

    public Instant? FailedAt { get; private set; }

    /// <summary>True when the bank returned it after the run was paid (the money came back to the bank account).</summary>
    public bool ReturnedByBank { get; private set; }

    public IReadOnlyList<PaymentItemClaim> Claims => _claims;

    internal static PaymentItem For(PaymentRunId runId, PlannedItem planned)
    {
        var item = new PaymentItem
        {
            Id = PaymentItemId.New(),
            RunId = runId,
            PersonId = planned.PersonId,
            Method = planned.Method,
            Amount = planned.Amount,
            Pay = planned.Pay,
            Status = PaymentItemStatus.Ready,
            _inFull = planned.InFull,
        };
        item._claims.AddRange(planned.Claims.Select(c => new PaymentItemClaim(item.Id, c.ClaimId, c.Pay, c.Amount)));
        return item;
    }

    /// <summary>Its planned claims owed in full, awaiting their parts; none once recorded.</summary>
    public OwedInFull? AwaitingInFull => _inFull;

    /// <summary>True when <paramref name="parts"/> are exactly its claims owed in full: as many, each paid whole, the same pay and amount.</summary>
    internal bool MatchesInFull(IReadOnlyList<StoredPart> parts)
    {
        if (_inFull is not { } owed || parts.Count != owed.Claims)
        {
            return false;
        }

        var (pay, amount) = (Money.Zero, Money.Zero);
        foreach (var part in parts)
        {
            if (part.Pay < Money.Zero || part.Amount < part.Pay)
            {
                return false;
            }

            pay += part.Pay;
            amount += part.Amount;
        }

        return pay == owed.Pay && amount == owed.Amount;
    }

    /// <summary>Records <paramref name="parts"/> (sorted here by claim) as its claims: they are no longer awaited.</summary>
    internal void RecordInFull(List<StoredPart> parts)
    {
        parts.Sort((one, other) => one.ClaimId.CompareTo(other.ClaimId));
        _claims.EnsureCapacity(_claims.Count + parts.Count);
        foreach (var part in parts)
        {
            _claims.Add(new PaymentItemClaim(Id, part.ClaimId, part.Pay, part.Amount));
        }

        _inFull = null;
    }

    internal void MarkPaid() => Status = PaymentItemStatus.Paid;

    internal void Fail(string reason, Instant at)
    {
        if (Status == PaymentItemStatus.Failed)
        {
            throw PaymentRunRefusal.ItemAlreadyFailed();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw PaymentRunRefusal.ReasonRequired();
        }

        ReturnedByBank = Status == PaymentItemStatus.Paid;
        (Status, FailureReason, FailedAt) = (PaymentItemStatus.Failed, reason.Trim(), at);
        foreach (var claim in _claims)
        {
            claim.Release();
        }
    }
}

/// <summary>A part of a claim owed in full, as the store wrote it for an item that pays such claims whole.</summary>
public sealed record StoredPart(PaymentItemId ItemId, ClaimId ClaimId, Money Pay, Money Amount);

/// <summary>
/// The part of a claim's amount a payment item pays. While live it is paid or being paid; when the item fails it is
/// released, so the next run pays it again.
/// </summary>
public sealed class PaymentItemClaim
{
    internal PaymentItemClaim(PaymentItemId itemId, ClaimId claimId, Money pay, Money amount)
    {
        (ItemId, ClaimId, Pay, Amount, Live) = (itemId, claimId, pay, amount, true);
    }

    private PaymentItemClaim()
    {
    }

    public PaymentItemId ItemId { get; private set; }

    public ClaimId ClaimId { get; private set; }

    /// <summary>Involvement pay in this part; the rest of <see cref="Amount"/> is expenses.</summary>
    public Money Pay { get; private set; }

    public Money Amount { get; private set; }

    public Money Expenses => Amount - Pay;

    public bool Live { get; private set; }

    internal void Release() => Live = false;
}
