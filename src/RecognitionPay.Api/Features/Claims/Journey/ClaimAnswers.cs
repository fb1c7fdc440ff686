using System.Text.Json.Serialization;
using NodaTime;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// What a person has answered so far on the claim pages, one property per question; a question not yet answered is
/// null. Becomes the same <see cref="ClaimInput"/> the API takes, so it is priced and checked by the same rules.
/// </summary>
public sealed record ClaimAnswers
{
    public Guid? ActivityId { get; init; }

    public string? ActivityTypeCode { get; init; }

    public LocalDate? ActivityDate { get; init; }

    public int? AttendedMinutes { get; init; }

    public int? PrepMinutes { get; init; }

    /// <summary>The ways of travelling chosen (expense categories the policy asks about as travel); empty when it cost nothing.</summary>
    public IReadOnlyList<string>? Travel { get; init; }

    public IReadOnlyList<CostAnswer>? TravelCosts { get; init; }

    public int? TravelMinutes { get; init; }

    /// <summary>The other costs chosen, by category code; empty when there were none.</summary>
    public IReadOnlyList<string>? OtherCosts { get; init; }

    public IReadOnlyList<CostAnswer>? CostAmounts { get; init; }

    /// <summary>Set once the person has been past the receipts question, with or without adding one.</summary>
    public bool ReceiptsAsked { get; init; }

    /// <summary>payment, voucher or decline, as the API says it.</summary>
    public string? Recognition { get; init; }

    [JsonIgnore]
    public int CostsChosen => (Travel?.Count ?? 0) + (OtherCosts?.Count ?? 0);

    [JsonIgnore]
    public IReadOnlyList<CostAnswer> AllCostAmounts => [.. (TravelCosts ?? []).Concat(CostAmounts ?? [])];

    /// <param name="personId">The person staff claim for; none for a co-producer's own claim.</param>
    public ClaimInput ToClaimInput(bool hasReceipts, Guid? personId = null) => new(
        PersonId: personId,
        ActivityId,
        ActivityId is null ? ActivityTypeCode : null,
        ActivityId is null ? ActivityDate : null,
        AttendedMinutes,
        PrepMinutes,
        TravelMinutes,
        [.. Costs().Select(c => new ExpenseInput(c.Code, c.AmountPence, c.Miles, c.Hours, hasReceipts))],
        Recognition,
        Note: null);

    /// <summary>The answers a claim already gives, for correcting a returned claim.</summary>
    public static ClaimAnswers From(ClaimView claim, RecognitionPolicy? policy)
    {
        var travel = claim.Expenses.Where(e => policy?.FindExpenseCategory(e.CategoryCode!)?.IsTravel == true).ToList();
        var others = claim.Expenses.Except(travel).ToList();
        return new ClaimAnswers
        {
            ActivityId = claim.ActivityId,
            ActivityTypeCode = claim.ActivityTypeCode,
            ActivityDate = claim.ActivityDate,
            AttendedMinutes = claim.AttendedMinutes,
            PrepMinutes = claim.PrepMinutes,
            Travel = [.. travel.Select(e => e.CategoryCode!)],
            TravelCosts = [.. travel.Select(CostAnswer.From)],
            TravelMinutes = claim.TravelMinutes,
            OtherCosts = [.. others.Select(e => e.CategoryCode!)],
            CostAmounts = [.. others.Select(CostAnswer.From)],
            ReceiptsAsked = true,
            Recognition = claim.Recognition,
        };
    }

    private IEnumerable<CostAnswer> Costs() =>
        (Travel ?? []).Select(code => TravelCosts?.FirstOrDefault(c => c.Code == code) ?? new CostAnswer(code, null, null, null))
            .Concat((OtherCosts ?? []).Select(code => CostAmounts?.FirstOrDefault(c => c.Code == code) ?? new CostAnswer(code, null, null, null)));
}

/// <summary>One cost as answered: an amount in pence, miles, or hours, as its category's kind needs.</summary>
public sealed record CostAnswer(string Code, long? AmountPence, decimal? Miles, decimal? Hours)
{
    public static CostAnswer From(ExpenseInput expense) => new(expense.CategoryCode!, expense.AmountPence, expense.Miles, expense.Hours);
}
