using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Warnings;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>A set amount, whatever is claimed (for example phone or internet data for an online meeting).</summary>
public sealed record FlatAmount(string Code, string Name, Money Amount, bool NeedsPreApproval)
    : ExpenseCategory(Code, Name, NeedsPreApproval, null)
{
    public override string Kind => "flat";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        WarnAboutEvidence(Money.Zero, line.Claimed.HasReceipt, warnings);
        if (line.Claimed.Amount is { } asked && asked != Amount)
        {
            warnings.Add(new FlatAmountPaid(Name, asked, Amount));
        }

        return new(LineKind.Expense, Code, Quantity.Whole(1), "claim", Amount, new SetAmount(Name, Amount));
    }
}
