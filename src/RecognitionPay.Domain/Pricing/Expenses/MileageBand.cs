namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>A rate per mile that applies until the person's miles in the tax year reach a limit (none for the last band).</summary>
public sealed record MileageBand
{
    public MileageBand(long? upToMilesInTaxYear, Money perMile)
    {
        if (upToMilesInTaxYear is <= 0 || perMile.IsNegative)
        {
            throw new ArgumentException("A band limit must be positive and its rate cannot be negative.");
        }

        UpToMilesInTaxYear = upToMilesInTaxYear;
        PerMile = perMile;
    }

    public long? UpToMilesInTaxYear { get; }

    public Money PerMile { get; }
}
