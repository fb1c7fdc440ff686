using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Warnings;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>An hourly cost (such as replacement care): what was paid, up to a most-per-hour rate.</summary>
public sealed record CarerCover(string Code, string Name, Money MaxHourly, Money? ReceiptRequiredOver, bool NeedsPreApproval)
    : ExpenseCategory(Code, Name, NeedsPreApproval, ReceiptRequiredOver)
{
    public override string Kind => "hourly";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        var hours = line.Claimed.Hours ?? throw line.Refusal("hours", "Say how many hours the cover was for.");
        var amount = RequireAmount(line);
        WarnAboutEvidence(amount, line.Claimed.HasReceipt, warnings);
        var cover = new CoverHours(Name, hours, amount, MaxHourly, Money.Min(amount, MaxHourly.Times(hours.Hundredths, 100)));
        if (cover.IsCapped)
        {
            warnings.Add(new CarerCoverCapped(cover));
        }

        return new(LineKind.Expense, Code, hours.AsQuantity(), "hours", cover.Paid, cover);
    }
}
