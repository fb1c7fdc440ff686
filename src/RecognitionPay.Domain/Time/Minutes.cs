namespace RecognitionPay.Domain.Time;

/// <summary>Time in a claim is whole minutes; an hourly rate or an hours limit turns into minutes here, and only here.</summary>
public static class Minutes
{
    public const int PerHour = 60;

    public static int InHours(int hours) => hours * PerHour;
}
