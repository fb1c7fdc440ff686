using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Warnings;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>
/// What was spent, lowered to a cap where the policy sets one. With caps by time away (food and drink, say), the
/// cap is that of the longest time away exceeded (attended and travel minutes as claimed), and nothing is paid
/// until the first is exceeded.
/// </summary>
public sealed record ActualCost : ExpenseCategory
{
    public ActualCost(string Code, string Name, Money? Cap, Money? ReceiptRequiredOver, bool NeedsPreApproval, IReadOnlyList<TimeAwayCap>? CapsByTimeAway = null)
        : base(Code, Name, NeedsPreApproval, ReceiptRequiredOver)
    {
        var caps = CapsByTimeAway ?? [];
        if (caps.Zip(caps.Skip(1)).Any(p => p.Second.OverMinutes <= p.First.OverMinutes))
        {
            throw new ArgumentException("Caps by time away rise in order of minutes away.", nameof(CapsByTimeAway));
        }

        this.Cap = Cap;
        this.CapsByTimeAway = caps;
    }

    public Money? Cap { get; }

    public IReadOnlyList<TimeAwayCap> CapsByTimeAway { get; }

    public override string Kind => "actual";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        var amount = RequireAmount(line);
        WarnAboutEvidence(amount, line.Claimed.HasReceipt, warnings);
        var band = TimeAwayBand(line.Claim);
        if (CapsByTimeAway.Count > 0 && band is null)
        {
            var tooShort = new NotAwayLongEnoughToClaim(Name, amount, CapsByTimeAway[0], line.Claim.Details.AttendedMinutes + line.Claim.Details.TravelMinutes);
            warnings.Add(new NotAwayLongEnough(tooShort));
            return new(LineKind.Expense, Code, Quantity.Whole(1), "claim", Money.Zero, tooShort);
        }

        var cap = band is null ? Cap : Cap is { } overall ? Money.Min(band.Cap, overall) : band.Cap;
        var spent = new AmountSpent(Name, amount, Money.Min(amount, cap ?? amount), band is not null && cap == band.Cap ? band : null);
        if (spent.IsCapped)
        {
            warnings.Add(new ExpenseCapped(spent));
        }

        return new(LineKind.Expense, Code, Quantity.Whole(1), "claim", spent.Paid, spent);
    }

    /// <summary>The band of the longest time away this claim exceeds, if any.</summary>
    private TimeAwayCap? TimeAwayBand(ClaimToPrice claim) =>
        CapsByTimeAway.LastOrDefault(b => claim.Details.AttendedMinutes + claim.Details.TravelMinutes > b.OverMinutes);
}
