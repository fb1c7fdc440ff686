using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>A claim as clients see it, with its pricing explained line by line; its version is also its ETag.</summary>
public sealed record ClaimView(
    Guid Id,
    Guid PersonId,
    Guid? ActivityId,
    string ActivityTypeCode,
    LocalDate ActivityDate,
    int AttendedMinutes,
    int PrepMinutes,
    int TravelMinutes,
    IReadOnlyList<ExpenseInput> Expenses,
    string Recognition,
    string? Note,
    string Status,
    string PolicyVersion,
    long InvolvementPence,
    long PrepPence,
    long TravelPence,
    long ExpensesPence,
    long TotalPence,
    IReadOnlyList<PricedLineView> Lines,
    IReadOnlyList<WarningView> Warnings,
    string SubmittedBy,
    Instant SubmittedAt,
    string? DecidedBy,
    Instant? DecidedAt,
    string? Reason,
    long Version)
{
    /// <summary>Where the claim has got to, in short plain sentences: "We are checking it.", "We will pay £24.50 on Friday 11 December 2026."</summary>
    public IReadOnlyList<string>? Progress { get; init; }

    /// <summary>For a claim not yet paid: what the next payment run is expected to do with its pay, given the person's benefits.</summary>
    public BenefitsEffectView? Benefits { get; init; }

    /// <summary>Pay runs held back from this claim because of a benefits limit: deferred to a later run, or waived.</summary>
    public IReadOnlyList<HeldBackView>? HeldBack { get; init; }

    /// <summary>For a returned claim: the question staff asked to be answered again, if they named one.</summary>
    public string? AnswerToChange { get; init; }

    /// <summary>The claimant's name, on the claims staff read.</summary>
    public string? PersonName { get; init; }

    /// <summary>For staff: why they may not approve this claim now, in a sentence; none when they may.</summary>
    public string? CannotApprove { get; init; }

    public static ClaimView From(Claim c) => new(
        c.Id.Value,
        c.PersonId.Value,
        c.ActivityId?.Value,
        c.Details.ActivityTypeCode,
        c.Details.ActivityDate,
        c.Details.AttendedMinutes,
        c.Details.PrepMinutes,
        c.Details.TravelMinutes,
        [.. c.Details.Expenses.Select(e => new ExpenseInput(
            e.CategoryCode,
            e.Amount?.Pence,
            e.Miles is { } miles ? miles.Tenths / 10m : null,
            e.Hours is { } hours ? hours.Hundredths / 100m : null,
            e.HasReceipt))],
        c.Details.Recognition.ToString().ToLowerInvariant(),
        c.Details.Note,
        c.Status.ToString(),
        c.PolicyVersion,
        c.Involvement.Pence,
        c.Prep.Pence,
        c.Travel.Pence,
        c.ExpensesTotal.Pence,
        c.Total.Pence,
        [.. c.Lines.Select(l => PricedLineView.From(l.Kind, l.Code, l.Description, l.Quantity, l.Unit, l.Amount))],
        [.. c.Warnings.Select(w => new WarningView(w.Code, w.Message))],
        c.SubmittedBy.Name,
        c.SubmittedAt,
        c.DecidedBy?.Name,
        c.DecidedAt,
        c.Reason,
        c.Version)
    {
        AnswerToChange = c.AnswerToChange,
    };

    /// <summary>The claim with its ETag header, as every claim route answers.</summary>
    public static IResult Answer(HttpResponse response, ClaimView view, int status = StatusCodes.Status200OK)
    {
        response.Headers.ETag = ETags.For(view.Version);
        return status == StatusCodes.Status201Created
            ? TypedResults.Created($"/api/v1/claims/{view.Id}", view)
            : TypedResults.Ok(view);
    }
}
