using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>What was spent, lowered to a cap where the policy sets one.</summary>
public sealed record ActualCost(string Code, string Name, Money? Cap, Money? ReceiptRequiredOver, bool NeedsPreApproval)
    : ExpenseCategory(Code, Name, NeedsPreApproval, ReceiptRequiredOver)
{
    public override string Kind => "actual";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        var claimed = line.Claimed;
        var amount = RequireAmount(line);
        WarnAboutEvidence(amount, claimed.HasReceipt, warnings);
        if (Cap is { } cap && amount > cap)
        {
            warnings.Add(new(WarningCode.ExpenseCapped,
                $"You claimed {amount} for {Name.ToLowerInvariant()}. The most we pay is {cap}. We will pay {cap}."));
            return new(LineKind.Expense, Code, $"{Name}: {amount} claimed, {cap} is the most we pay", Quantity.Whole(1), "claim", cap);
        }

        return new(LineKind.Expense, Code, $"{Name}: {amount} spent", Quantity.Whole(1), "claim", amount);
    }
}
