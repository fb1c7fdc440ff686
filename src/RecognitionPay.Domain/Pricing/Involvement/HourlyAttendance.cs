namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>
/// Attendance counted and paid for by the hour: more is paid than counted when it was raised to the minimum,
/// less when it was lowered to the maximum.
/// </summary>
public sealed record HourlyAttendance(int CountedMinutes, int PaidMinutes, Money HourlyRate) : LineExplanation
{
    public bool IsOverMaximum => PaidMinutes < CountedMinutes;

    public override string InWords()
    {
        var rate = Wording.PerHour(HourlyRate);
        if (PaidMinutes > CountedMinutes)
        {
            return $"{Wording.Duration(CountedMinutes)} counted as {Wording.Duration(PaidMinutes)}, the shortest time this pays for, at {rate}";
        }

        return IsOverMaximum
            ? $"{Wording.Duration(PaidMinutes)}, the most this pays for, at {rate}"
            : $"{Wording.Duration(CountedMinutes)} at {rate}";
    }
}
