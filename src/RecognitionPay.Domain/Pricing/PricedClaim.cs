using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing;

/// <summary>A claim priced under one policy version: four parts, the lines that make them up, and the warnings.</summary>
public sealed record PricedClaim(PolicyVersion PolicyVersion, IReadOnlyList<PricedLine> Lines, IReadOnlyList<PricingWarning> Warnings)
{
    public Money Involvement => Sum(LineKind.Involvement);

    public Money Prep => Sum(LineKind.Prep);

    public Money Travel => Sum(LineKind.Travel);

    public Money Expenses => Sum(LineKind.Expense);

    /// <summary>Pay for time (involvement, preparation and travel time): what benefits rules and tax count.</summary>
    public Money Pay => Involvement + Prep + Travel;

    public Money Total => Pay + Expenses;

    private Money Sum(LineKind kind)
    {
        var total = Money.Zero;
        foreach (var line in Lines)
        {
            if (line.Kind == kind)
            {
                total += line.Amount;
            }
        }

        return total;
    }
}
