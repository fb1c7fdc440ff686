using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>A set amount, whatever is claimed (for example phone or internet data for an online meeting).</summary>
public sealed record FlatAmount(string Code, string Name, Money Amount, bool NeedsPreApproval)
    : ExpenseCategory(Code, Name, NeedsPreApproval, null)
{
    public override string Kind => "flat";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        var claimed = line.Claimed;
        WarnAboutEvidence(Money.Zero, claimed.HasReceipt, warnings);
        if (claimed.Amount is { } asked && asked != Amount)
        {
            warnings.Add(new(WarningCode.FlatAmountPaid,
                $"You claimed {asked} for {Name.ToLowerInvariant()}. We pay a set {Amount} for this."));
        }

        return new(LineKind.Expense, Code, $"{Name}: a set {Amount}", Quantity.Whole(1), "claim", Amount);
    }
}
