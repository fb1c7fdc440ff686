namespace RecognitionPay.Domain.Pricing;

/// <summary>Miles already counted this tax year, per mileage category, including earlier lines of the same claim.</summary>
public sealed class ExpenseLedgerSoFar
{
    private readonly Dictionary<string, Miles> _miles;

    public ExpenseLedgerSoFar(IReadOnlyDictionary<string, Miles> earlierMilesInTaxYear)
    {
        _miles = new Dictionary<string, Miles>(earlierMilesInTaxYear, StringComparer.Ordinal);
    }

    public Miles MilesSoFar(string categoryCode) => _miles.GetValueOrDefault(categoryCode, Miles.None);

    public void AddMiles(string categoryCode, Miles miles) => _miles[categoryCode] = MilesSoFar(categoryCode) + miles;
}
