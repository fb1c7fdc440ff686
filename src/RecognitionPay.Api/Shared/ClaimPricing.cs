using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Shared;

/// <summary>
/// Prices what a person claims (or asks about) under the policy in force on the activity's date, with what the
/// activity agreed, the person's eligibility, and the miles they already claimed in that tax year.
/// </summary>
public sealed class ClaimPricing(AppDbContext db, PolicyBook policies, IClock clock)
{
    /// <summary>The claims that count towards caps and bands: a fixed list, written into the SQL as constants (EF.Constant), not sent as a parameter.</summary>
    private static readonly ClaimStatus[] Claimed = [ClaimStatus.Submitted, ClaimStatus.Approved, ClaimStatus.Paid];

    /// <summary>A claim being made (or sent again): refused unless the policy's claim rules accept its date today.</summary>
    public Task<(ClaimDetails Details, PricedClaim Priced)> PriceClaimAsync(ClaimInput input, Person? person, ClaimId? excludingClaim, CancellationToken cancellationToken) =>
        PriceAsync(input, person, excludingClaim, (rules, date) => rules.AcceptClaimFor(date, LondonCalendar.Today(clock)), cancellationToken);

    /// <summary>A question about a claim not made: any date a policy covers.</summary>
    public async Task<PricedClaim> QuoteAsync(ClaimInput input, Person? person, CancellationToken cancellationToken) =>
        (await PriceAsync(input, person, excludingClaim: null, accept: null, cancellationToken)).Priced;

    private async Task<(ClaimDetails Details, PricedClaim Priced)> PriceAsync(
        ClaimInput input, Person? person, ClaimId? excludingClaim, Action<ClaimRules, LocalDate>? accept, CancellationToken cancellationToken)
    {
        var activity = input.ActivityId is { } activityId
            ? await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == new ActivityId(activityId), cancellationToken)
                ?? throw new InvalidFieldRefusal("activityId", "There is no activity with this id.")
            : null;
        var details = Details(input, activity);
        var policy = await policies.InForceOnAsync(details.ActivityDate, cancellationToken)
            ?? throw new InvalidFieldRefusal("activityDate", $"No policy was in force on {details.ActivityDate:yyyy-MM-dd}.");
        accept?.Invoke(policy.Claims, details.ActivityDate);

        var earlierMiles = person is null || details.Expenses.All(e => e.Miles is null)
            ? null
            : await MilesThisTaxYearAsync(person.Id, details.ActivityDate, excludingClaim, cancellationToken);
        var priced = ClaimPricer.Price(policy, new ClaimToPrice(details, new PricingContext(person?.EligibleForPayment ?? true, activity?.PrepAllowanceMinutes, earlierMiles)));
        return (details, person is null ? priced : priced with { Warnings = [.. priced.Warnings, .. await HoursWarningsAsync(person, policy, details, excludingClaim, cancellationToken)] });
    }

    /// <summary>
    /// For a benefit with an hours rule (ESA permitted work), a warning when this claim's attended and preparation
    /// time takes the person's hours in the benefit week of the activity to the limit.
    /// </summary>
    private async Task<IReadOnlyList<PricingWarning>> HoursWarningsAsync(Person person, RecognitionPolicy policy, ClaimDetails details, ClaimId? excluding, CancellationToken cancellationToken)
    {
        var warnings = new List<PricingWarning>();
        foreach (var declared in person.Benefits)
        {
            if (policy.FindBenefit(declared.Kind) is not { } rule || WeeklyHoursOverLimit.WeekOf(rule, declared, details.ActivityDate) is not { } week)
            {
                continue;
            }

            var earlier = await db.Claims.AsNoTracking()
                .Where(c => c.PersonId == person.Id && c.Id != excluding && c.Details.ActivityDate >= week.Start && c.Details.ActivityDate <= week.End && EF.Constant(Claimed).Contains(c.Status))
                .SumAsync(c => c.Details.AttendedMinutes + c.Details.PrepMinutes, cancellationToken);
            if (WeeklyHoursOverLimit.Check(rule, week, earlier + details.AttendedMinutes + details.PrepMinutes) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        return warnings;
    }

    private static ClaimDetails Details(ClaimInput input, Activity? activity)
    {
        if (activity is not null && input.ActivityTypeCode is { } code && code != activity.ActivityTypeCode)
        {
            throw new InvalidFieldRefusal("activityTypeCode", $"The activity is a '{activity.ActivityTypeCode}', not a '{code}'.");
        }

        if (activity is not null && input.ActivityDate is { } date && date != activity.Date)
        {
            throw new InvalidFieldRefusal("activityDate", $"The activity was on {activity.Date:yyyy-MM-dd}.");
        }

        return new ClaimDetails(
            activity?.ActivityTypeCode ?? input.ActivityTypeCode!,
            activity?.Date ?? input.ActivityDate!.Value,
            input.AttendedMinutes ?? 0,
            input.PrepMinutes ?? 0,
            input.TravelMinutes ?? 0,
            [.. (input.Expenses ?? []).Select(e => new ExpenseToPrice(
                e.CategoryCode!,
                e.AmountPence is { } pence ? Money.FromPence(pence) : null,
                e.Miles is { } miles ? new Miles((long)(miles * 10)) : null,
                e.Hours is { } hours ? new Hours((long)(hours * 100)) : null,
                e.HasReceipt))],
            input.Recognition switch
            {
                "decline" => Recognition.Decline,
                "voucher" => Recognition.Voucher,
                _ => Recognition.Payment,
            },
            string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
    }

    private async Task<IReadOnlyDictionary<string, Miles>> MilesThisTaxYearAsync(PersonId personId, LocalDate date, ClaimId? excluding, CancellationToken cancellationToken)
    {
        var year = TaxYear.Containing(date);
        var expenses = await db.Claims.AsNoTracking()
            .Where(c => c.PersonId == personId && c.Id != excluding && c.Details.ActivityDate >= year.FirstDay && c.Details.ActivityDate <= year.LastDay && EF.Constant(Claimed).Contains(c.Status))
            .Select(c => c.Details.Expenses)
            .ToListAsync(cancellationToken);
        return expenses.SelectMany(e => e)
            .Where(e => e.Miles is not null)
            .GroupBy(e => e.CategoryCode)
            .ToDictionary(g => g.Key, g => g.Aggregate(Miles.None, (sum, e) => sum + e.Miles!.Value));
    }
}
