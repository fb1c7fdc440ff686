namespace RecognitionPay.Domain.Pricing;

/// <summary>
/// What pricing knows beside the claimant's account: whether the person can be paid, the activity's own preparation
/// allowance (which can only lower the policy's), and the miles the person already claimed in the activity's tax year.
/// </summary>
public sealed record PricingContext(bool EligibleForPayment = true, int? PrepAllowanceMinutes = null, IReadOnlyDictionary<string, Miles>? EarlierMilesInTaxYear = null)
{
    public int? PrepAllowanceMinutes { get; } =
        PrepAllowanceMinutes is { } minutes ? Claims.ClaimDetails.NotNegative(minutes, "prepAllowanceMinutes") : null;

    /// <summary>Miles this person already claimed in the tax year of the activity, per mileage category.</summary>
    public IReadOnlyDictionary<string, Miles> EarlierMilesInTaxYear { get; } = EarlierMilesInTaxYear ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, Miles>.Empty;
}
