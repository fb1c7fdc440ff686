using NodaTime;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Policies;

/// <summary>Rules about claiming: how long after an activity a claim is accepted.</summary>
public sealed record ClaimRules(int DeadlineDays)
{
    /// <summary>A claim is made once the activity has happened, and within the deadline; a quote may ask at any time.</summary>
    public void AcceptClaimFor(LocalDate activityDate, LocalDate today)
    {
        if (activityDate > today)
        {
            throw ClaimDateRefusal.NotHappenedYet();
        }

        if (Period.Between(activityDate, today, PeriodUnits.Days).Days > DeadlineDays)
        {
            throw ClaimDateRefusal.PastDeadline(DeadlineDays);
        }
    }
}
