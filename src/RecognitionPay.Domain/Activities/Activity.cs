using NodaTime;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Activities;

/// <summary>
/// Something co-producers take part in: a meeting, a panel, a workshop, on a date, of an activity type the policy
/// in force on that date recognises.
/// </summary>
public sealed class Activity
{
    private Activity(ActivityId id, string title, string activityTypeCode, Actor createdBy)
    {
        Id = id;
        Title = title;
        ActivityTypeCode = activityTypeCode;
        CreatedBy = createdBy;
    }

    public ActivityId Id { get; private init; }

    public string Title { get; private init; }

    public string ActivityTypeCode { get; private init; }

    public LocalDate Date { get; private init; }

    public int PlannedMinutes { get; private init; }

    /// <summary>Preparation agreed for this activity; it can only lower what the policy pays.</summary>
    public int? PrepAllowanceMinutes { get; private init; }

    public Actor CreatedBy { get; private init; }

    public Instant CreatedAt { get; private init; }

    public static Activity Plan(ActivityId id, string title, ActivityType type, LocalDate date, int plannedMinutes, int? prepAllowanceMinutes, Actor createdBy, Instant at)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw ActivityRefusal.Untitled();
        }

        if (plannedMinutes < 0 || prepAllowanceMinutes < 0)
        {
            throw ActivityRefusal.NegativeTime(plannedMinutes < 0 ? "plannedMinutes" : "prepAllowanceMinutes");
        }

        return new Activity(id, title.Trim(), type.Code, createdBy)
        {
            Date = date,
            PlannedMinutes = plannedMinutes,
            PrepAllowanceMinutes = prepAllowanceMinutes,
            CreatedAt = at,
        };
    }
}
