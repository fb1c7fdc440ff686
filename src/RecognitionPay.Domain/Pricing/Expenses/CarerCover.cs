using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>An hourly cost (such as replacement care): what was paid, up to a most-per-hour rate.</summary>
public sealed record CarerCover(string Code, string Name, Money MaxHourly, Money? ReceiptRequiredOver, bool NeedsPreApproval)
    : ExpenseCategory(Code, Name, NeedsPreApproval, ReceiptRequiredOver)
{
    public override string Kind => "hourly";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        var claimed = line.Claimed;
        var hours = claimed.Hours ?? throw line.Refusal("hours", "Say how many hours the cover was for.");
        var amount = RequireAmount(line);
        WarnAboutEvidence(amount, claimed.HasReceipt, warnings);
        var most = MaxHourly.Times(hours.Hundredths, 100);
        if (amount > most)
        {
            warnings.Add(new(WarningCode.ExpenseCapped,
                $"You claimed {amount} for {hours} hours of {Name.ToLowerInvariant()}. We pay up to {MaxHourly} an hour. We will pay {most}."));
            return new(LineKind.Expense, Code, $"{Name}: {hours} hours, up to {MaxHourly} an hour ({amount} claimed)", hours.AsQuantity(), "hours", most);
        }

        return new(LineKind.Expense, Code, $"{Name}: {hours} hours, {amount} paid", hours.AsQuantity(), "hours", amount);
    }
}
