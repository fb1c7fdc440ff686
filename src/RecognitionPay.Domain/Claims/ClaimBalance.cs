namespace RecognitionPay.Domain.Claims;

/// <summary>
/// What an approved claim still owes: its pay and expenses less the parts of it in live payment items and the pay
/// waived, and whether a part of it is in a run not yet paid.
/// </summary>
public sealed record ClaimBalance(ClaimId ClaimId, PersonId PersonId, Money OwedPay, Money OwedExpenses, bool AwaitingPayment)
{
    /// <summary>Nothing left to pay and nothing waiting in a run: the claim is settled.</summary>
    public bool Settled => (OwedPay + OwedExpenses).IsZero && !AwaitingPayment;

    /// <summary>
    /// The balance of a claim that approved <paramref name="pay"/> (involvement, preparation and travel time) and
    /// <paramref name="expenses"/>, given its live payment parts and the pay waived from it.
    /// </summary>
    public static ClaimBalance Of(ClaimId claimId, PersonId personId, Money pay, Money expenses, IReadOnlyCollection<PaidPart> liveParts, IEnumerable<Money> waived)
    {
        var paidPay = liveParts.Aggregate(Money.Zero, (sum, p) => sum + p.Pay);
        var paidExpenses = liveParts.Aggregate(Money.Zero, (sum, p) => sum + p.Amount - p.Pay);
        var waivedPay = waived.Aggregate(Money.Zero, (sum, amount) => sum + amount);
        return new ClaimBalance(claimId, personId, pay - paidPay - waivedPay, expenses - paidExpenses, liveParts.Any(p => p.AwaitingPayment));
    }
}

/// <summary>A claim's part of a live payment item: its whole amount, the pay within it, and whether the run is still to be paid.</summary>
public sealed record PaidPart(Money Amount, Money Pay, bool AwaitingPayment);
