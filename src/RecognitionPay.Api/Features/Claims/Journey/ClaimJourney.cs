using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// Reads where a claim has got to: the draft of the signed-in co-producer, or of the person staff claim for (named by
/// a cookie the claim-for page sets), with the activity and the policy it falls under.
/// </summary>
public sealed class ClaimJourney(AppDbContext db, PersonAccess access, PolicyBook policies, IClock clock, JsonSerializerOptions json, IHttpContextAccessor http)
{
    /// <summary>The cookie naming the person staff claim for; only staff's journey reads it.</summary>
    public const string ClaimingForCookie = "recognitionpay-claiming-for";

    /// <summary>The journey of the signed-in co-producer or of the person staff claim for, or null when there is none.</summary>
    public async Task<JourneyState?> LoadAsync(CancellationToken cancellationToken)
    {
        var person = access.IsCoProducer ? await access.OwnEmailPersonAsync(cancellationToken)
            : access.IsStaff && Guid.TryParse(http.HttpContext?.Request.Cookies[ClaimingForCookie], out var claimingFor)
                ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == new PersonId(claimingFor), cancellationToken)
                : null;
        if (person is null)
        {
            return null;
        }

        var draft = await db.ClaimDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.PersonId == person.Id, cancellationToken);
        var answers = draft is null ? new ClaimAnswers() : JsonSerializer.Deserialize<ClaimAnswers>(draft.Answers, json) ?? new ClaimAnswers();
        var activity = answers.ActivityId is { } id ? await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == new ActivityId(id), cancellationToken) : null;
        var today = LondonCalendar.Today(clock);
        var policy = await policies.InForceOnAsync(activity?.Date ?? answers.ActivityDate ?? today, cancellationToken)
            ?? await policies.InForceOnAsync(today, cancellationToken);
        var correcting = draft?.Correcting;
        var receipts = await db.Receipts.AsNoTracking()
            .Where(r => r.PersonId == person.Id && (r.ClaimId == null || r.ClaimId == correcting))
            .OrderBy(r => r.UploadedAt)
            .Select(r => new ReceiptLine(r.Id, r.FileName, r.ContentType, r.Length))
            .ToListAsync(cancellationToken);
        var returnedFor = correcting is null ? null : await db.Claims.AsNoTracking().Where(c => c.Id == correcting).Select(c => c.Reason).SingleOrDefaultAsync(cancellationToken);
        return new JourneyState(person, answers, draft?.Correcting, returnedFor, activity, policy, receipts, today, draft?.UpdatedAt) { OnBehalf = access.IsStaff };
    }
}

/// <summary>A receipt as the pages list it: never its content.</summary>
public sealed record ReceiptLine(Guid Id, string FileName, string ContentType, int Length);

/// <param name="Correcting">The returned claim these answers correct, if any.</param>
/// <param name="ReturnedFor">Why staff returned that claim.</param>
/// <param name="SavedAt">When the draft was last saved: none before the first answer.</param>
public sealed record JourneyState(
    Person Person,
    ClaimAnswers Answers,
    ClaimId? Correcting,
    string? ReturnedFor,
    Activity? Activity,
    RecognitionPolicy? Policy,
    IReadOnlyList<ReceiptLine> Receipts,
    LocalDate Today,
    Instant? SavedAt)
{
    /// <summary>Staff are claiming for the person, who is beside them or asked them to.</summary>
    public bool OnBehalf { get; init; }

    /// <summary>Who the journey's commands are for: named when staff claim for someone, implied for a co-producer.</summary>
    public Guid? For => OnBehalf ? Person.Id.Value : null;

    public ActivityType? Type => Policy?.FindActivityType(Activity?.ActivityTypeCode ?? Answers.ActivityTypeCode ?? "");

    public IReadOnlyList<string> Questions => ClaimQuestions.For(Answers, Type);

    /// <summary>The first question not answered yet, or the check page when all are.</summary>
    public string FirstUnanswered => Questions.FirstOrDefault(q => !ClaimQuestions.IsAnswered(q, Answers)) ?? ClaimQuestions.Check;

    /// <summary>Where the back link of a question goes: the question before it, or home from the first.</summary>
    public string BackFrom(string question)
    {
        var at = IndexOf(question);
        return at <= 0 ? "/" : $"/claim/{Questions[at - 1]}";
    }

    /// <summary>
    /// The page after <paramref name="question"/> once answered. After a change from the check page, the next
    /// question still unanswered (a new answer can bring a new question), else the check page.
    /// </summary>
    public string After(string question, bool changing)
    {
        var following = Questions.Skip(IndexOf(question) + 1);
        var next = changing ? following.FirstOrDefault(q => !ClaimQuestions.IsAnswered(q, Answers)) ?? ClaimQuestions.Check : following.First();
        return $"/claim/{next}" + (changing && next != ClaimQuestions.Check ? "?change=true" : "");
    }

    private int IndexOf(string question) => Questions.ToList().IndexOf(question);
}
