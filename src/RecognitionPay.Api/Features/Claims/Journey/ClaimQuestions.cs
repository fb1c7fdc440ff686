using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// The questions of a claim, in order, each the last part of its page's address (/claim/{question}). Which ones are
/// asked follows from the answers and the policy: "when" only if no activity set up by staff was chosen, preparation
/// only if the activity's kind pays for it, the travel cost only if the person
/// travelled at a cost, and the travel time only if the activity's kind pays for it.
/// </summary>
public static class ClaimQuestions
{
    public const string Activity = "activity";
    public const string When = "when";
    public const string HowLong = "how-long";
    public const string Preparation = "preparation";
    public const string Travel = "travel";
    public const string TravelDetails = "travel-details";
    public const string TravelTime = "travel-time";
    public const string OtherCosts = "other-costs";
    public const string CostAmounts = "cost-amounts";
    public const string Receipts = "receipts";
    public const string Thanks = "thanks";
    public const string Check = "check";

    public static readonly IReadOnlyList<string> All =
        [Activity, When, HowLong, Preparation, Travel, TravelDetails, TravelTime, OtherCosts, CostAmounts, Receipts, Thanks, Check];

    /// <summary>Each question but the check, as staff name it when they return a claim to have it answered again.</summary>
    public static readonly IReadOnlyDictionary<string, string> ToChange = new Dictionary<string, string>
    {
        [Activity] = "Which activity it was",
        [When] = "The day of the activity",
        [HowLong] = "How long they took part",
        [Preparation] = "Their preparation time",
        [Travel] = "How they travelled",
        [TravelDetails] = "Their travel costs or miles",
        [TravelTime] = "Their travel time",
        [OtherCosts] = "Which other costs they had",
        [CostAmounts] = "How much the other costs were",
        [Receipts] = "Their receipts",
        [Thanks] = "How they want to be thanked",
    };

    public static IReadOnlyList<string> For(ClaimAnswers answers, ActivityType? type)
    {
        List<string> questions = [Activity];
        if (answers.ActivityId is null)
        {
            questions.Add(When);
        }

        questions.Add(HowLong);
        if (type?.Prep is not null)
        {
            questions.Add(Preparation);
        }

        questions.Add(Travel);
        if (answers.Travel is { Count: > 0 })
        {
            questions.Add(TravelDetails);
        }

        if (type?.Travel is not null)
        {
            questions.Add(TravelTime);
        }

        questions.Add(OtherCosts);
        if (answers.OtherCosts is { Count: > 0 })
        {
            questions.Add(CostAmounts);
        }

        questions.AddRange([Receipts, Thanks, Check]);
        return questions;
    }

    public static bool IsAnswered(string question, ClaimAnswers a) => question switch
    {
        Activity => a.ActivityId is not null || a.ActivityTypeCode is not null,
        When => a.ActivityDate is not null,
        HowLong => a.AttendedMinutes is not null,
        Preparation => a.PrepMinutes is not null,
        Travel => a.Travel is not null,
        TravelDetails => a.TravelCosts is not null,
        TravelTime => a.TravelMinutes is not null,
        OtherCosts => a.OtherCosts is not null,
        CostAmounts => a.CostAmounts is not null,
        Receipts => a.ReceiptsAsked,
        Thanks => a.Recognition is not null,
        _ => false,
    };
}
