namespace RecognitionPay.Domain.Pricing;

/// <summary>
/// One expense line of the claim being priced: what was claimed, and where it sits in the claim, which decides
/// the miles counted before it and the name of the field a refusal points to.
/// </summary>
public readonly record struct ExpenseLine(ClaimToPrice Claim, int Index)
{
    public ExpenseToPrice Claimed => Claim.Details.Expenses[Index];

    /// <summary>
    /// Miles already claimed in a category in this tax year before this line: on earlier claims, then on the
    /// earlier lines of this claim.
    /// </summary>
    public Miles MilesSoFar(string categoryCode)
    {
        var soFar = Claim.Context.EarlierMilesInTaxYear.GetValueOrDefault(categoryCode, Miles.None);
        for (var i = 0; i < Index; i++)
        {
            if (Claim.Details.Expenses[i] is { Miles: { } miles } earlier && earlier.CategoryCode == categoryCode)
            {
                soFar += miles;
            }
        }

        return soFar;
    }

    /// <summary>A refusal naming one input of this line, such as "expenses[1].amountPence".</summary>
    public PricingRefusal Refusal(string input, string message) => PricingRefusal.ForExpense(Index, input, message);
}
