using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Pricing.Warnings;

namespace RecognitionPay.Domain.Policies;

/// <summary>A kind of expense the policy reimburses, and how it is worked out.</summary>
public abstract record ExpenseCategory(string Code, string Name, bool NeedsPreApproval, Money? ReceiptRequiredOver)
{
    /// <summary>The word the policy document uses: mileage, actual, hourly or flat.</summary>
    public abstract string Kind { get; }

    /// <summary>The words the co-producer pages use for it; the name when the policy gives none.</summary>
    public string? EasyRead { get; init; }

    /// <summary>A way to travel, asked about in "How did you travel?" rather than with the other costs.</summary>
    public bool IsTravel { get; init; }

    /// <summary>The name of the picture the co-producer pages show beside this choice.</summary>
    public string? Picture { get; init; }

    /// <summary>Prices one expense line of a claim.</summary>
    public abstract PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings);

    protected void WarnAboutEvidence(Money claimedAmount, bool? hasReceipt, ICollection<PricingWarning> warnings)
    {
        if (ReceiptRequiredOver is { } threshold && claimedAmount > threshold && hasReceipt != true)
        {
            warnings.Add(new ReceiptMissing(Name, threshold));
        }

        if (NeedsPreApproval)
        {
            warnings.Add(new NeedsPreApproval(Name));
        }
    }

    protected static Money RequireAmount(ExpenseLine line) =>
        line.Claimed.Amount ?? throw line.Refusal("amountPence", "Say how much you spent, in pence.");
}
