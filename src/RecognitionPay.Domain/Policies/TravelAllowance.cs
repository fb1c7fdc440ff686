namespace RecognitionPay.Domain.Policies;

/// <summary>Travel time an activity type pays for, up to a limit per claim (a round trip).</summary>
public sealed record TravelAllowance
{
    public TravelAllowance(Money hourlyRate, int maxMinutes)
    {
        if (hourlyRate.IsNegative || maxMinutes < 0)
        {
            throw new ArgumentException("A travel rate and limit cannot be negative.");
        }

        HourlyRate = hourlyRate;
        MaxMinutes = maxMinutes;
    }

    public Money HourlyRate { get; }

    public int MaxMinutes { get; }
}
