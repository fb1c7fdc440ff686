using RecognitionPay.Domain;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Api.Shared;

/// <summary>A priced claim as clients see it: four parts, a total, every line explained, coded warnings.</summary>
public sealed record PricedClaimView(
    string PolicyVersion,
    long InvolvementPence,
    long PrepPence,
    long TravelPence,
    long ExpensesPence,
    long TotalPence,
    IReadOnlyList<PricedLineView> Lines,
    IReadOnlyList<WarningView> Warnings)
{
    /// <summary>For a quote for a person: what the next payment run is expected to do with its pay, given their benefits.</summary>
    public BenefitsEffectView? Benefits { get; init; }

    public static PricedClaimView From(PricedClaim priced) => new(
        priced.PolicyVersion.Label,
        priced.Involvement.Pence,
        priced.Prep.Pence,
        priced.Travel.Pence,
        priced.Expenses.Pence,
        priced.Total.Pence,
        [.. priced.Lines.Select(PricedLineView.From)],
        [.. priced.Warnings.Select(w => new WarningView(w.Code.ToString(), w.Message))]);
}

/// <param name="Kind">involvement, prep, travel or expense.</param>
/// <param name="Quantity">How much was counted, in <paramref name="Unit"/> (minutes, miles, hours, claim, fee, half day, day).</param>
public sealed record PricedLineView(string Kind, string Code, string Description, decimal Quantity, string Unit, long AmountPence)
{
    public static PricedLineView From(PricedLine line) => From(line.Kind, line.Code, line.Description, line.Quantity, line.Unit, line.Amount);

    public static PricedLineView From(LineKind kind, string code, string description, Quantity quantity, string unit, Money amount) =>
        new(kind.ToString().ToLowerInvariant(), code, description, ToNumber(quantity), unit, amount.Pence);

    private static decimal ToNumber(Quantity quantity)
    {
        decimal number = quantity.Units;
        for (var place = 0; place < quantity.DecimalPlaces; place++)
        {
            number /= 10;
        }

        return number;
    }
}

/// <param name="Code">A stable code such as PrepOverLimit, ReceiptMissing, NeedsPreApproval, ExpenseCapped, NotEligible.</param>
/// <param name="Message">What it means, in short plain sentences.</param>
public sealed record WarningView(string Code, string Message);
