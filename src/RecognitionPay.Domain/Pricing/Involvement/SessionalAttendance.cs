namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>Attendance paid by the session: a half day up to a number of minutes, a full day beyond it.</summary>
public sealed record SessionalAttendance(int CountedMinutes, int HalfDayUpToMinutes, Money Fee) : LineExplanation
{
    public bool IsHalfDay => CountedMinutes <= HalfDayUpToMinutes;

    public override string InWords() => IsHalfDay
        ? $"Half a day ({Wording.Duration(CountedMinutes)}, up to {Wording.Duration(HalfDayUpToMinutes)}) for {Fee}"
        : $"A full day ({Wording.Duration(CountedMinutes)}, more than {Wording.Duration(HalfDayUpToMinutes)}) for {Fee}";
}
