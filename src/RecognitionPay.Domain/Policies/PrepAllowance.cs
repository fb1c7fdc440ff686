namespace RecognitionPay.Domain.Policies;

/// <summary>Preparation time an activity type pays for, and its limits.</summary>
public sealed record PrepAllowance
{
    public PrepAllowance(Money hourlyRate, int maxMinutes, Ratio? maxRatio)
    {
        if (hourlyRate.IsNegative || maxMinutes < 0)
        {
            throw new ArgumentException("A preparation rate and limit cannot be negative.");
        }

        HourlyRate = hourlyRate;
        MaxMinutes = maxMinutes;
        MaxRatio = maxRatio;
    }

    public Money HourlyRate { get; }

    public int MaxMinutes { get; }

    public Ratio? MaxRatio { get; }
}
