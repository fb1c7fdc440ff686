using RecognitionPay.Domain.Pricing.Involvement;

namespace RecognitionPay.Domain.Pricing.Warnings;

/// <summary>The person was there longer than the activity pays for, so the maximum is paid.</summary>
public sealed record AttendanceOverMaximum(HourlyAttendance Attendance) : PricingWarning(WarningCode.AttendanceOverMaximum)
{
    public override string Message =>
        $"You were there for {Wording.Duration(Attendance.CountedMinutes)}. This activity pays for up to {Wording.Duration(Attendance.PaidMinutes)}. We will pay for {Wording.Duration(Attendance.PaidMinutes)}.";
}
