using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Warnings;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Domain.Pricing;

/// <summary>Prices a claim under one policy version. Pure and deterministic: the same inputs always give the same lines.</summary>
public static class ClaimPricer
{
    public static PricedClaim Price(RecognitionPolicy policy, ClaimToPrice claim)
    {
        var type = policy.FindActivityType(claim.Details.ActivityTypeCode)
            ?? throw new PricingRefusal("activityTypeCode", $"Policy {policy.Version} has no activity type with the code '{claim.Details.ActivityTypeCode}'.");
        if (type.Pay.NeedsAttendance && claim.Details.AttendedMinutes <= 0)
        {
            throw new PricingRefusal("attendedMinutes", "Say how long you took part, in minutes.");
        }

        var warnings = new List<PricingWarning>();
        var lines = new List<PricedLine>(3 + claim.Details.Expenses.Count);
        var withheld = WhyPayIsWithheld(claim);
        if (withheld is { } reason)
        {
            warnings.Add(new PayForTimeWithheld(reason));
        }

        var attended = policy.Rounding.Count(claim.Details.AttendedMinutes);
        lines.Add(Withhold(type.Pay.Price(attended, type, warnings), withheld));

        if (PrepLine(policy, type, claim, attended, warnings) is { } prep)
        {
            lines.Add(Withhold(prep, withheld));
        }

        if (TravelLine(policy, type, claim, warnings) is { } travel)
        {
            lines.Add(Withhold(travel, withheld));
        }

        for (var i = 0; i < claim.Details.Expenses.Count; i++)
        {
            var expense = new ExpenseLine(claim, i);
            var category = policy.FindExpenseCategory(expense.Claimed.CategoryCode)
                ?? throw expense.Refusal("categoryCode", $"Policy {policy.Version} has no expense category with the code '{expense.Claimed.CategoryCode}'.");
            lines.Add(category.Price(expense, warnings));
        }

        return new PricedClaim(policy.Version, lines, warnings);
    }

    private static PayWithheld? WhyPayIsWithheld(ClaimToPrice claim) =>
        !claim.Context.EligibleForPayment ? PayWithheld.NotEligible
        : claim.Details.Recognition == Recognition.Decline ? PayWithheld.Declined
        : null;

    private static PricedLine Withhold(PricedLine line, PayWithheld? reason) =>
        reason is null ? line : line with { Amount = Money.Zero, Withheld = reason };

    private static PricedLine? PrepLine(RecognitionPolicy policy, ActivityType type, ClaimToPrice claim, int attended, List<PricingWarning> warnings)
    {
        if (claim.Details.PrepMinutes == 0)
        {
            return null;
        }

        if (type.Prep is not { } prep)
        {
            warnings.Add(new PrepNotPaid(type.Name));
            return null;
        }

        var counted = policy.Rounding.Count(claim.Details.PrepMinutes);
        var (paid, limit) = (counted, PrepLimit.None);
        if (prep.MaxMinutes < paid)
        {
            (paid, limit) = (prep.MaxMinutes, PrepLimit.MaxMinutes);
        }

        if (claim.Context.PrepAllowanceMinutes is { } agreed && agreed < paid)
        {
            (paid, limit) = (agreed, PrepLimit.AgreedAllowance);
        }

        if (prep.MaxRatio?.OfMinutesRoundedDown(attended) is { } share && share < paid)
        {
            (paid, limit) = (share, PrepLimit.MaxRatio);
        }

        var preparation = new PreparationTime(counted, paid, prep.HourlyRate, limit, prep.MaxRatio);
        if (limit != PrepLimit.None)
        {
            warnings.Add(new PrepOverLimit(preparation));
        }

        return new PricedLine(LineKind.Prep, type.Code, Quantity.Whole(paid), "minutes", prep.HourlyRate.Times(paid, Minutes.PerHour), preparation);
    }

    private static PricedLine? TravelLine(RecognitionPolicy policy, ActivityType type, ClaimToPrice claim, List<PricingWarning> warnings)
    {
        if (claim.Details.TravelMinutes == 0)
        {
            return null;
        }

        if (type.Travel is not { } travel)
        {
            warnings.Add(new TravelNotPaid(type.Name));
            return null;
        }

        var counted = policy.Rounding.Count(claim.Details.TravelMinutes);
        var time = new TravelTime(counted, Math.Min(counted, travel.MaxMinutes), travel.HourlyRate);
        if (time.IsOverLimit)
        {
            warnings.Add(new TravelOverLimit(time));
        }

        return new PricedLine(LineKind.Travel, type.Code, Quantity.Whole(time.PaidMinutes), "minutes", travel.HourlyRate.Times(time.PaidMinutes, Minutes.PerHour), time);
    }
}
