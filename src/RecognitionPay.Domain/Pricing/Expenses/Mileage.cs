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
        var miles = line.Claimed.Miles ?? throw line.Refusal("miles", "Say how many miles you travelled.");
        var charged = new MilesCharged(Name, line.MilesSoFar(Code), miles, Bands);
        WarnAboutEvidence(Money.Zero, line.Claimed.HasReceipt, warnings);
        return new(LineKind.Expense, Code, miles.AsQuantity(), "miles", AmountFor(charged), charged);
    }

    /// <summary>
    /// What the tax year's miles up to and including this line are worth, less what the miles before it were worth:
    /// round(Σ miles in each band × that band's pence per mile) for the whole year so far, so a year's claims add up
    /// to exactly what one claim for all its miles would be paid, to the penny.
    /// </summary>
    private Money AmountFor(MilesCharged charged) =>
        WorthFromStartOfYear(charged.SoFar + charged.Claimed) - WorthFromStartOfYear(charged.SoFar);

    private Money WorthFromStartOfYear(Miles miles)
    {
        var charged = new MilesCharged(Name, Miles.None, miles, Bands);
        Int128 tenthPence = 0;
        for (var band = 0; band < Bands.Count; band++)
        {
            tenthPence += (Int128)charged.InBand(band).Tenths * Bands[band].PerMile.Pence;
        }

        return Money.RoundHalfUp(tenthPence, 10);
    }
}
