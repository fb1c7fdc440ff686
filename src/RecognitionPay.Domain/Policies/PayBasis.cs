using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Policies;

/// <summary>How an activity type pays for the time someone takes part: hourly, sessional, fixed or none.</summary>
public abstract record PayBasis
{
    /// <summary>The word the policy document uses: hourly, sessional, fixed or none.</summary>
    public abstract string Basis { get; }

    /// <summary>Whether the attended minutes must be more than zero.</summary>
    public abstract bool NeedsAttendance { get; }

    /// <summary>Prices <paramref name="countedMinutes"/> of attendance (already rounded up to the policy's unit) as the involvement line.</summary>
    public abstract PricedLine Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings);
}
