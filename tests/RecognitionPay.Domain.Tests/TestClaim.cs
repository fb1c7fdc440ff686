using NodaTime;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests;

/// <summary>Claims and expense lines for the example policy, with everything a test does not mention left empty.</summary>
internal static class TestClaim
{
    public static readonly LocalDate ActivityDate = new(2025, 6, 2);

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
        new(activityTypeCode, ActivityDate, attendedMinutes, prepMinutes, travelMinutes, expenses ?? [],
            recognition, eligibleForPayment, prepAllowanceMinutes, earlierMilesInTaxYear);

    /// <summary>An unpaid social event with only these expenses, so the expense lines are all there is to price.</summary>
    public static ClaimToPrice OnlyExpenses(params ExpenseToPrice[] expenses) => For("social", 0, expenses: expenses);

    public static ExpenseToPrice CarMiles(long tenths) => new("mileage", Miles: new Miles(tenths));

    public static ExpenseToPrice Fare(long pence, bool? hasReceipt = null) => new("public-transport", Money.FromPence(pence), HasReceipt: hasReceipt);

    public static ExpenseToPrice OnlineData(long? claimedPence = null) =>
        new("online-data", claimedPence is { } p ? Money.FromPence(p) : null);
}
