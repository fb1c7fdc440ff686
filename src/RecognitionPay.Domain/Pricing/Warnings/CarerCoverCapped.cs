using RecognitionPay.Domain.Pricing.Expenses;

namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>Cover cost more than the most per hour for its hours, so that most is paid.</summary>
public sealed record CarerCoverCapped(CoverHours Cover) : PricingWarning(WarningCode.ExpenseCapped)
{
    public override string Message =>
        $"You claimed {Cover.Claimed} for {Cover.Hours.InWords()} of {Cover.CategoryName.ToLowerInvariant()}. We pay up to {Cover.MaxHourly} an hour. We will pay {Cover.Paid}.";
}
