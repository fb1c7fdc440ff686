namespace RecognitionPay.Domain.Pricing;

/// <summary>Stable codes for what a person or an approver should know about a priced claim.</summary>
public enum WarningCode
{
    PrepOverLimit,
    PrepNotPaid,
    TravelOverLimit,
    TravelNotPaid,
    AttendanceOverMaximum,
    ExpenseCapped,
    ReceiptMissing,
    NeedsPreApproval,
    FlatAmountPaid,
    NotEligible,
    Declined,
    WeeklyHoursOverLimit,
    NotAwayLongEnough,
}
