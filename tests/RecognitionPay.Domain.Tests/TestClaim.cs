using NodaTime;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests;

/// <summary>Claims and expense lines for the example policy, with everything a test does not mention left empty.</summary>
internal static class TestClaim
{
    public static readonly LocalDate ActivityDate = new(2025, 6, 2);

    private static readonly RecognitionPolicy Example = TestPolicy.Example();

    public static ClaimToPrice For(
        string activityTypeCode,
        int attendedMinutes,
        int prepMinutes = 0,
        int travelMinutes = 0,
        IReadOnlyList<ExpenseToPrice>? expenses = null,
        Recognition recognition = Recognition.Payment,
        bool eligibleForPayment = true,
        int? prepAllowanceMinutes = null,
        IReadOnlyDictionary<string, Miles>? earlierMilesInTaxYear = null) =>
        new(
            new ClaimDetails(activityTypeCode, ActivityDate, attendedMinutes, prepMinutes, travelMinutes, expenses ?? [], recognition, null),
            new PricingContext(eligibleForPayment, prepAllowanceMinutes, earlierMilesInTaxYear));

    /// <summary>An unpaid social event with only these expenses, so the expense lines are all there is to price.</summary>
    public static ClaimToPrice OnlyExpenses(params ExpenseToPrice[] expenses) => For("social", 0, expenses: expenses);

    public static ExpenseToPrice CarMiles(long tenths) => new("mileage", Miles: new Miles(tenths));

    public static ExpenseToPrice Fare(long pence, bool? hasReceipt = null) => new("public-transport", Money.FromPence(pence), HasReceipt: hasReceipt);

    public static ExpenseToPrice OnlineData(long? claimedPence = null) =>
        new("online-data", claimedPence is { } p ? Money.FromPence(p) : null);

    /// <summary>The claim priced under the example policy, as a claimant would see it on submitting.</summary>
    public static PricedClaim Priced(ClaimToPrice claim) => ClaimPricer.Price(Example, claim);

    /// <summary>What the claimant says happened, as the claim keeps it.</summary>
    public static ClaimDetails DetailsOf(ClaimToPrice claim, string? note = null) =>
        claim.Details with { Note = note };

    /// <summary>A claim priced under the example policy and submitted, as SubmitClaim does it.</summary>
    public static Claim Submitted(ClaimToPrice claim, PersonId personId, string submittedBy, Instant at, ClaimId? id = null) =>
        Claim.Submit(id ?? ClaimId.New(), personId, null, DetailsOf(claim), Priced(claim), submittedBy, at);
}
