using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Expenses;

/// <summary>Miles charged band by band against the miles already claimed in the same tax year.</summary>
public sealed record Mileage : ExpenseCategory
{
    public Mileage(string code, string name, IReadOnlyList<MileageBand> bands, bool needsPreApproval = false)
        : base(code, name, needsPreApproval, null)
    {
        if (bands.Count == 0 || bands[^1].UpToMilesInTaxYear is not null
            || bands.Take(bands.Count - 1).Any(b => b.UpToMilesInTaxYear is null)
            || bands.Zip(bands.Skip(1)).Any(p => p.Second.UpToMilesInTaxYear is { } next && next <= p.First.UpToMilesInTaxYear))
        {
            throw new ArgumentException("Mileage bands rise in order and only the last has no limit.", nameof(bands));
        }

        Bands = bands;
    }

    public IReadOnlyList<MileageBand> Bands { get; }

    public override string Kind => "mileage";

    public override PricedLine Price(ExpenseLine line, ICollection<PricingWarning> warnings)
    {
        var claimed = line.Claimed;
        var miles = claimed.Miles ?? throw line.Refusal("miles", "Say how many miles you travelled.");
        var start = line.MilesSoFar(Code).Tenths;
        var end = start + miles.Tenths;
        Int128 tenthPence = 0;
        var parts = new List<string>();
        var bandStart = 0L;
        foreach (var band in Bands)
        {
            var bandEnd = band.UpToMilesInTaxYear is { } upTo ? upTo * 10 : long.MaxValue;
            var inBand = Math.Max(0, Math.Min(end, bandEnd) - Math.Max(start, bandStart));
            if (inBand > 0)
            {
                tenthPence += (Int128)inBand * band.PerMile.Pence;
                parts.Add($"{InWords(new Miles(inBand))} at {band.PerMile.Pence}p a mile");
            }

            bandStart = bandEnd;
        }

        WarnAboutEvidence(Money.Zero, claimed.HasReceipt, warnings);
        var description = parts.Count <= 1
            ? $"{Name}: {string.Join("", parts.DefaultIfEmpty(InWords(miles)))}"
            : $"{Name}: {string.Join(", then ", parts)} (the rate changes after {Bands[0].UpToMilesInTaxYear:N0} miles in a tax year)";
        return new(LineKind.Expense, Code, description, miles.AsQuantity(), "miles", Money.RoundHalfUp(tenthPence, 10));
    }

    private static string InWords(Miles miles) => miles == Miles.FromWhole(1) ? "1 mile" : $"{miles} miles";
}
