using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing;

/// <summary>Prices a claim under one policy version. Pure and deterministic: the same inputs always give the same lines.</summary>
public static class ClaimPricer
{
    public static PricedClaim Price(RecognitionPolicy policy, ClaimToPrice claim)
    {
        var type = policy.FindActivityType(claim.ActivityTypeCode)
            ?? throw new PricingRefusal("activityTypeCode", $"Policy {policy.Version} has no activity type with the code '{claim.ActivityTypeCode}'.");
        if (type.Pay.NeedsAttendance && claim.AttendedMinutes <= 0)
        {
            throw new PricingRefusal("attendedMinutes", "Say how long you took part, in minutes.");
        }

        var warnings = new List<PricingWarning>();
        var lines = new List<PricedLine>(3 + claim.Expenses.Count);
        var withheld = PayWithheld(claim, warnings);
        var attended = policy.Rounding.Count(claim.AttendedMinutes);

        var attendance = type.Pay.Price(attended, type, warnings);
        lines.Add(Withhold(new PricedLine(LineKind.Involvement, type.Code, attendance.Description, attendance.Quantity, attendance.Unit, attendance.Amount), withheld));

        if (PrepLine(policy, type, claim, attended, warnings) is { } prep)
        {
            lines.Add(Withhold(prep, withheld));
        }

        if (TravelLine(policy, type, claim, warnings) is { } travel)
        {
            lines.Add(Withhold(travel, withheld));
        }

        for (var i = 0; i < claim.Expenses.Count; i++)
        {
            var expense = new ExpenseLine(claim, i);
            var category = policy.FindExpenseCategory(expense.Claimed.CategoryCode)
                ?? throw expense.Refusal("categoryCode", $"Policy {policy.Version} has no expense category with the code '{expense.Claimed.CategoryCode}'.");
            lines.Add(category.Price(expense, warnings));
        }

        return new PricedClaim(policy.Version, lines, warnings);
    }

    private static string? PayWithheld(ClaimToPrice claim, List<PricingWarning> warnings)
    {
        if (!claim.EligibleForPayment)
        {
            warnings.Add(new(WarningCode.NotEligible,
                "You will not be paid for your time on this claim. This is because you cannot get involvement payments, for example when your employer pays you to take part. Your expenses will still be paid."));
            return "not paid: you cannot get involvement payments";
        }

        if (claim.Recognition == Recognition.Decline)
        {
            warnings.Add(new(WarningCode.Declined,
                "You chose not to be paid for your time. Your expenses will still be paid."));
            return "not paid: you chose not to be paid";
        }

        return null;
    }

    private static PricedLine Withhold(PricedLine line, string? reason) =>
        reason is null ? line : line with { Description = $"{line.Description} ({reason})", Amount = Money.Zero };

    private static PricedLine? PrepLine(RecognitionPolicy policy, ActivityType type, ClaimToPrice claim, int attended, List<PricingWarning> warnings)
    {
        if (claim.PrepMinutes == 0)
        {
            return null;
        }

        if (type.Prep is not { } prep)
        {
            warnings.Add(new(WarningCode.PrepNotPaid, $"{type.Name} does not pay for preparation time."));
            return null;
        }

        var counted = policy.Rounding.Count(claim.PrepMinutes);
        var paid = counted;
        var reason = "";
        if (prep.MaxMinutes < paid)
        {
            (paid, reason) = (prep.MaxMinutes, "the most this activity pays for");
        }

        if (claim.PrepAllowanceMinutes is { } agreed && agreed < paid)
        {
            (paid, reason) = (agreed, "the most agreed for this activity");
        }

        if (prep.MaxRatio is { } ratio && ratio.OfMinutesRoundedDown(attended) < paid)
        {
            (paid, reason) = (ratio.OfMinutesRoundedDown(attended), ratio.Hundredths == 100
                ? "no more than the time you took part"
                : $"no more than {ratio} times the time you took part");
        }

        var rate = Wording.PerHour(prep.HourlyRate);
        if (paid < counted)
        {
            warnings.Add(new(WarningCode.PrepOverLimit,
                $"You asked for {Wording.Duration(counted)} of preparation. We can pay for {Wording.Duration(paid)}. That is {reason}."));
        }

        var description = paid < counted
            ? $"{Wording.Duration(paid)} of preparation, {reason}, at {rate}"
            : $"{Wording.Duration(paid)} of preparation at {rate}";
        return new PricedLine(LineKind.Prep, type.Code, description, Quantity.Whole(paid), "minutes", prep.HourlyRate.Times(paid, 60));
    }

    private static PricedLine? TravelLine(RecognitionPolicy policy, ActivityType type, ClaimToPrice claim, List<PricingWarning> warnings)
    {
        if (claim.TravelMinutes == 0)
        {
            return null;
        }

        if (type.Travel is not { } travel)
        {
            warnings.Add(new(WarningCode.TravelNotPaid, $"{type.Name} does not pay for travel time. Your travel costs can still be claimed as expenses."));
            return null;
        }

        var counted = policy.Rounding.Count(claim.TravelMinutes);
        var paid = Math.Min(counted, travel.MaxMinutes);
        var rate = Wording.PerHour(travel.HourlyRate);
        if (paid < counted)
        {
            warnings.Add(new(WarningCode.TravelOverLimit,
                $"You asked for {Wording.Duration(counted)} of travel time. We pay for up to {Wording.Duration(travel.MaxMinutes)} there and back."));
        }

        var description = paid < counted
            ? $"{Wording.Duration(paid)} of travel time, the most we pay for there and back, at {rate}"
            : $"{Wording.Duration(paid)} of travel time at {rate}";
        return new PricedLine(LineKind.Travel, type.Code, description, Quantity.Whole(paid), "minutes", travel.HourlyRate.Times(paid, 60));
    }
}
