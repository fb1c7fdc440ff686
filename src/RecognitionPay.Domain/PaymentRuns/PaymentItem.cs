using NodaTime;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>One payment in a run: one person, one method, the claims it pays.</summary>
public sealed class PaymentItem
{
    private readonly List<PaymentItemClaim> _claims = [];

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
        };
        item._claims.AddRange(planned.Claims.Select(c => new PaymentItemClaim(item.Id, c.ClaimId, c.Pay, c.Amount)));
        return item;
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
