using RecognitionPay.Domain.Pricing.Expenses;

namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>More was spent than the category's cap, so the cap is paid.</summary>
public sealed record ExpenseCapped(AmountSpent Spent) : PricingWarning(WarningCode.ExpenseCapped)
{
    public override string Message =>
        $"You claimed {Spent.Claimed} for {Spent.CategoryName.ToLowerInvariant()}. The most we pay{Spent.WhenCapApplies} is {Spent.Paid}. We will pay {Spent.Paid}.";
}
