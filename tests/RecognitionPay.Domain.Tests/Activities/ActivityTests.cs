using NodaTime;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Involvement;

namespace RecognitionPay.Domain.Tests.Activities;

public sealed class ActivityTests
{
    private static readonly ActivityType Meeting = new("meeting", "Meeting", "A meeting", new NoPay(), null, null);
    private static readonly LocalDate Date = new(2026, 11, 30);
    private static readonly Instant At = Instant.FromUtc(2026, 11, 1, 9, 0);

    [Theory]
    [InlineData(" ", 60, null, "title")]
    [InlineData("Board", -1, null, "plannedMinutes")]
    [InlineData("Board", 60, -5, "prepAllowanceMinutes")]
    public void An_activity_without_a_title_or_with_negative_time_is_refused_on_that_field(string title, int planned, int? prep, string field)
    {
        var refusal = Assert.Throws<ActivityRefusal>(() => Activity.Plan(ActivityId.New(), title, Meeting, Date, planned, prep, "staff@council.example", At));

        Assert.Equal(field, refusal.Field);
    }

    [Fact]
    public void An_activity_takes_its_type_from_the_policy()
    {
        var activity = Activity.Plan(ActivityId.New(), " Board meeting ", Meeting, Date, 90, 30, "staff@council.example", At);

        Assert.Equal(("Board meeting", "meeting", 90, 30), (activity.Title, activity.ActivityTypeCode, activity.PlannedMinutes, activity.PrepAllowanceMinutes));
    }
}
