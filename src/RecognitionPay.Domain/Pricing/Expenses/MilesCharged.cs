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

    /// <summary>
    /// The miles at each rate, and where the rate changes: "5 miles at 45p a mile, then 5 miles at 25p a mile
    /// (the rate changes after 10,000 miles in a tax year)". The miles fill the bands in order, so each change
    /// happens at the limit of the band before.
    /// </summary>
    public override string InWords()
    {
        var parts = new List<string>();
        var changes = new List<string>();
        for (var band = 0; band < Bands.Count; band++)
        {
            if (InBand(band) is not { Tenths: > 0 } inBand)
            {
                continue;
            }

            if (parts.Count > 0)
            {
                changes.Add($"{Bands[band - 1].UpToMilesInTaxYear:N0}");
            }

            parts.Add($"{inBand.InWords()} at {Bands[band].PerMile.Pence}p a mile");
        }

        return parts.Count switch
        {
            0 => $"{CategoryName}: {Claimed.InWords()}",
            1 => $"{CategoryName}: {parts[0]}",
            _ => $"{CategoryName}: {string.Join(", then ", parts)} (the rate changes after {Wording.List(changes)} miles in a tax year)",
        };
    }

    private long TenthsUpTo(int band) => Bands[band].UpToMilesInTaxYear is { } upTo ? upTo * 10 : long.MaxValue;
}
