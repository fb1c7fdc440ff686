namespace RecognitionPay.Domain.Claims;

/// <summary>An activity date no claim can be made for now, refused on the field <c>activityDate</c>.</summary>
public sealed class ClaimDateRefusal : Refusal
{
    private ClaimDateRefusal(string code, string message)
        : base(RefusalKind.InvalidField, "Some of what was sent is not valid.", message, code, "activityDate")
    {
    }

    public static ClaimDateRefusal NotHappenedYet() =>
        new(nameof(NotHappenedYet), "You can claim once the activity has happened.");

    public static ClaimDateRefusal PastDeadline(int deadlineDays) =>
        new(nameof(PastDeadline), $"Claims must be made within {deadlineDays} days of the activity. Please talk to staff.");
}
