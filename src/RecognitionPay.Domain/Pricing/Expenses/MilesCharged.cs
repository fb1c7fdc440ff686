namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>
/// Miles charged band by band: the miles claimed on this line, counted on from the miles already claimed in the
/// tax year, so each band's share of them follows from the bands' limits.
/// </summary>
public sealed record MilesCharged(string CategoryName, Miles SoFar, Miles Claimed, IReadOnlyList<MileageBand> Bands) : LineExplanation
{
    /// <summary>How many of the claimed miles fall in the band at <paramref name="band"/> (the first is 0).</summary>
    public Miles InBand(int band)
    {
        var start = Math.Max(SoFar.Tenths, band == 0 ? 0 : TenthsUpTo(band - 1));
        var end = Math.Min(SoFar.Tenths + Claimed.Tenths, TenthsUpTo(band));
        return new(Math.Max(0, end - start));
    }

    public override string InWords()
    {
        var parts = new List<string>();
        for (var band = 0; band < Bands.Count; band++)
        {
            if (InBand(band) is { Tenths: > 0 } inBand)
            {
                parts.Add($"{inBand.InWords()} at {Bands[band].PerMile.Pence}p a mile");
            }
        }

        return parts.Count switch
        {
            0 => $"{CategoryName}: {Claimed.InWords()}",
            1 => $"{CategoryName}: {parts[0]}",
            _ => $"{CategoryName}: {string.Join(", then ", parts)} (the rate changes after {Bands[0].UpToMilesInTaxYear:N0} miles in a tax year)",
        };
    }

    private long TenthsUpTo(int band) => Bands[band].UpToMilesInTaxYear is { } upTo ? upTo * 10 : long.MaxValue;
}
