using NodaTime;

namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>
/// A payment run: every approved, unpaid amount at one moment that fits each person's benefits limits, one item per
/// person and payment method, to be paid on a working day; what did not fit is held back, deferred or waived. It is paid as a whole; single items can fail (before or after payment) and are then owed again.
/// </summary>
public sealed class PaymentRun
{
    private readonly List<PaymentItem> _items = [];

    private readonly List<PaymentHoldback> _holdbacks = [];

    private PaymentRun()
    {
    }

    public PaymentRunId Id { get; private set; }

    public LocalDate RunDate { get; private set; }

    public LocalDate PaymentDate { get; private set; }

    /// <summary>For a run the schedule made, the day it was scheduled for: at most one such run a day.</summary>
    public LocalDate? ScheduledFor { get; private set; }

    public PaymentRunStatus Status { get; private set; }

    public Instant CreatedAt { get; private set; }

    public Actor CreatedBy { get; private set; }

    public Instant? PaidAt { get; private set; }

    public Actor? PaidBy { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<PaymentItem> Items => _items;

    /// <summary>Pay this run held back because of a benefits limit, deferred or waived.</summary>
    public IReadOnlyList<PaymentHoldback> Holdbacks => _holdbacks;

    /// <summary>What the run pays: every item that has not failed.</summary>
    public Money Total => _items.Where(i => i.Status != PaymentItemStatus.Failed).Aggregate(Money.Zero, (sum, i) => sum + i.Amount);

    public static PaymentRun Create(PaymentRunId id, LocalDate runDate, LocalDate paymentDate, LocalDate? scheduledFor, RunPlan plan, Instant at, Actor by)
    {
        var run = new PaymentRun
        {
            Id = id,
            RunDate = runDate,
            PaymentDate = paymentDate,
            ScheduledFor = scheduledFor,
            Status = plan.Items.Count == 0 ? PaymentRunStatus.Empty : PaymentRunStatus.Ready,
            CreatedAt = at,
            CreatedBy = by,
            Version = 1,
        };
        run._items.AddRange(plan.Items.Select(p => PaymentItem.For(id, p)));
        run._holdbacks.AddRange(plan.Holdbacks.Select(h => PaymentHoldback.For(id, h)));
        return run;
    }

    /// <summary>
    /// Records the parts the store wrote for the claims the plan pays whole (each person's claims no run had touched):
    /// they must be exactly what was planned, item by item, each claim once. False, and nothing recorded, when they are
    /// not (claims changed after they were read).
    /// </summary>
    public bool RecordInFull(IEnumerable<StoredPart> parts)
    {
        var awaiting = new Dictionary<PaymentItemId, (PaymentItem Item, List<StoredPart> Parts)>();
        var claims = new HashSet<ClaimId>();
        foreach (var item in _items)
        {
            if (item.AwaitingInFull is { } owed)
            {
                awaiting.Add(item.Id, (item, new List<StoredPart>(owed.Claims)));
            }

            foreach (var claim in item.Claims)
            {
                claims.Add(claim.ClaimId);
            }
        }

        foreach (var part in parts)
        {
            if (!awaiting.TryGetValue(part.ItemId, out var own) || !claims.Add(part.ClaimId))
            {
                return false;
            }

            own.Parts.Add(part);
        }

        if (!awaiting.Values.All(own => own.Item.MatchesInFull(own.Parts)))
        {
            return false;
        }

        foreach (var (item, own) in awaiting.Values)
        {
            item.RecordInFull(own);
        }

        return true;
    }

    /// <summary>Finance confirms the bank paid the run: every item not failed is paid.</summary>
    /// <param name="approvers">Who approved the claims the run pays: none of them may confirm it paid (segregation of duties).</param>
    public void MarkPaid(Instant at, Actor by, IReadOnlyCollection<Actor> approvers)
    {
        if (Status != PaymentRunStatus.Ready)
        {
            throw PaymentRunRefusal.NotReady(Status);
        }

        if (approvers.Contains(by))
        {
            throw PaymentRunRefusal.ApproverCannotConfirm();
        }

        if (_items.All(i => i.Status == PaymentItemStatus.Failed))
        {
            throw PaymentRunRefusal.NothingLeftToPay();
        }

        foreach (var item in _items.Where(i => i.Status == PaymentItemStatus.Ready))
        {
            item.MarkPaid();
        }

        (Status, PaidAt, PaidBy) = (PaymentRunStatus.Paid, at, by);
        Version++;
    }

    /// <summary>An item taken out before sending, or returned by the bank after: the person is owed it again.</summary>
    public PaymentItem FailItem(PaymentItemId itemId, string reason, Instant at)
    {
        var item = _items.SingleOrDefault(i => i.Id == itemId) ?? throw PaymentRunRefusal.UnknownItem();
        item.Fail(reason, at);
        Version++;
        return item;
    }
}
