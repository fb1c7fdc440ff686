using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Warnings;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>What was spent, lowered to a cap where the policy sets one.</summary>
public sealed record ActualCost(string Code, string Name, Money? Cap, Money? ReceiptRequiredOver, bool NeedsPreApproval)
    : ExpenseCategory(Code, Name, NeedsPreApproval, ReceiptRequiredOver)
{
    public override string Kind => "actual";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        var amount = RequireAmount(line);
        WarnAboutEvidence(amount, line.Claimed.HasReceipt, warnings);
        var spent = new AmountSpent(Name, amount, Money.Min(amount, Cap ?? amount));
        if (spent.IsCapped)
        {
            warnings.Add(new ExpenseCapped(spent));
        }

        return new(LineKind.Expense, Code, Quantity.Whole(1), "claim", spent.Paid, spent);
    }
}
