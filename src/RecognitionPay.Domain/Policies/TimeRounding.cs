namespace RecognitionPay.Domain.Policies;

/// <summary>Time is counted in whole units, rounded up: with 15-minute units, 50 minutes counts as 60.</summary>
public sealed record TimeRounding
{
    public TimeRounding(int unitMinutes)
    {
        if (unitMinutes is < 1 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(unitMinutes), unitMinutes, "A time unit is 1 to 60 minutes.");
        }

        UnitMinutes = unitMinutes;
    }

    public int UnitMinutes { get; }

    public int Count(int minutes) =>
        minutes <= 0 ? 0 : (int)(((long)minutes + UnitMinutes - 1) / UnitMinutes * UnitMinutes);
}
