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
    string? Note);
