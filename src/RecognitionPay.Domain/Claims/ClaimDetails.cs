using NodaTime;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Claims;

/// <summary>What the claimant says happened: the activity, the time taken, the expenses, and how they want thanking.</summary>
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
    /// <summary>Two accounts of a claim are the same when they say the same things, expense by expense.</summary>
    public bool Equals(ClaimDetails? other) =>
        other is not null
        && (ActivityTypeCode, ActivityDate, AttendedMinutes, PrepMinutes, TravelMinutes, Recognition, Note)
            == (other.ActivityTypeCode, other.ActivityDate, other.AttendedMinutes, other.PrepMinutes, other.TravelMinutes, other.Recognition, other.Note)
        && Expenses.SequenceEqual(other.Expenses);

    public override int GetHashCode() => HashCode.Combine(ActivityTypeCode, ActivityDate, AttendedMinutes, PrepMinutes, TravelMinutes, Recognition, Note, Expenses.Count);
}
