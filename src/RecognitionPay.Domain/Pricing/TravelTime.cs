namespace RecognitionPay.Domain.Pricing;

/// <summary>Travel time counted and paid for at an hourly rate; less is paid than counted when it is over the limit.</summary>
public sealed record TravelTime(int CountedMinutes, int PaidMinutes, Money HourlyRate) : LineExplanation
{
    public bool IsOverLimit => PaidMinutes < CountedMinutes;

    public override string InWords() => IsOverLimit
        ? $"{Wording.Duration(PaidMinutes)} of travel time, the most we pay for there and back, at {Wording.PerHour(HourlyRate)}"
        : $"{Wording.Duration(PaidMinutes)} of travel time at {Wording.PerHour(HourlyRate)}";
}
