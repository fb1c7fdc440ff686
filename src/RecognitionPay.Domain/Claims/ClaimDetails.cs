using NodaTime;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Claims;

/// <summary>
/// What the claimant says happened: the activity, the time taken, the expenses, and how they want thanking. The one
/// shape of a claim's account, kept by the claim as it is and priced as it is; it refuses negative time or amounts.
/// </summary>
public sealed record ClaimDetails(
    string ActivityTypeCode,
    LocalDate ActivityDate,
    int AttendedMinutes,
    int PrepMinutes,
    int TravelMinutes,
    IReadOnlyList<ExpenseToPrice> Expenses,
    Recognition Recognition,
    string? Note)
{
    public int AttendedMinutes { get; } = NotNegative(AttendedMinutes, "attendedMinutes");

    public int PrepMinutes { get; } = NotNegative(PrepMinutes, "prepMinutes");

    public int TravelMinutes { get; } = NotNegative(TravelMinutes, "travelMinutes");

    /// <summary>A copy of the lines sent, so nothing outside can change what the claim says.</summary>
    public IReadOnlyList<ExpenseToPrice> Expenses { get; } = NoNegativeAmounts([.. Expenses]);

    /// <summary>Two accounts of a claim are the same when they say the same things, expense by expense.</summary>
    public bool Equals(ClaimDetails? other) =>
        other is not null
        && (ActivityTypeCode, ActivityDate, AttendedMinutes, PrepMinutes, TravelMinutes, Recognition, Note)
            == (other.ActivityTypeCode, other.ActivityDate, other.AttendedMinutes, other.PrepMinutes, other.TravelMinutes, other.Recognition, other.Note)
        && Expenses.SequenceEqual(other.Expenses);

    public override int GetHashCode() => HashCode.Combine(ActivityTypeCode, ActivityDate, AttendedMinutes, PrepMinutes, TravelMinutes, Recognition, Note, Expenses.Count);

    internal static int NotNegative(int minutes, string field) =>
        minutes < 0 ? throw new PricingRefusal(field, "Minutes cannot be negative.") : minutes;

    private static IReadOnlyList<ExpenseToPrice> NoNegativeAmounts(IReadOnlyList<ExpenseToPrice> expenses)
    {
        for (var i = 0; i < expenses.Count; i++)
        {
            if (expenses[i].Amount is { IsNegative: true })
            {
                throw PricingRefusal.ForExpense(i, "amountPence", "An amount cannot be negative.");
            }
        }

        return expenses;
    }
}
