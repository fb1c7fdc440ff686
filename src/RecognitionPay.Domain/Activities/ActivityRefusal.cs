namespace RecognitionPay.Domain.Activities;

/// <summary>An activity that could not be planned as sent, refused on the field to correct.</summary>
public sealed class ActivityRefusal : Refusal
{
    private ActivityRefusal(string code, string field, string message)
        : base(RefusalKind.InvalidField, "Some of what was sent is not valid.", message, code, field)
    {
    }

    public static ActivityRefusal Untitled() => new(nameof(Untitled), "title", "Give the activity a title people will recognise.");

    public static ActivityRefusal NegativeTime(string field) => new(nameof(NegativeTime), field, "A time is 0 minutes or more.");
}
