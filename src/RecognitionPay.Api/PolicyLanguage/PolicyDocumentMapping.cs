using RecognitionPay.Domain;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Expenses;
using RecognitionPay.Domain.Pricing.Involvement;

namespace RecognitionPay.Api.PolicyLanguage;

/// <summary>Builds the immutable domain policy from a document the validator has accepted.</summary>
public static class PolicyDocumentMapping
{
    public static RecognitionPolicy ToPolicy(this PolicyDocument d) => new(
        new PolicyVersion(d.Version!),
        d.EffectiveFrom!.Value,
        d.Title!,
        new TimeRounding(d.Rounding!.UnitMinutes!.Value),
        [.. d.ActivityTypes!.Select(ToActivityType)],
        [.. (d.ExpenseCategories ?? []).Select(ToExpenseCategory)],
        [.. (d.Benefits ?? []).Select(ToBenefit)],
        new TaxRules(Pence(d.Tax!.TradingAllowancePence)),
        new PaymentRules([.. d.Payments!.Methods!], d.Payments.RunSchedule!, d.Payments.PaymentLeadDays!.Value),
        new ClaimRules(d.Claims!.DeadlineDays!.Value));

    private static ActivityType ToActivityType(ActivityTypeDocument t) => new(
        t.Code!,
        t.Name!,
        t.EasyRead!,
        t.Pay!.Basis switch
        {
            "hourly" => new HourlyPay(Pence(t.Pay.HourlyPence), t.Pay.MinimumMinutes, t.Pay.MaximumMinutes),
            "sessional" => new SessionalPay(Pence(t.Pay.HalfDayPence), Pence(t.Pay.DayPence), t.Pay.HalfDayUpToMinutes!.Value),
            "fixed" => new FixedPay(Pence(t.Pay.FeePence)),
            _ => new NoPay(),
        },
        t.Prep is { } prep
            ? new PrepAllowance(Pence(prep.HourlyPence), prep.MaxMinutes!.Value, prep.MaxRatio is { } r ? new Ratio((int)(r * 100)) : null)
            : null,
        t.Travel is { } travel ? new TravelAllowance(Pence(travel.HourlyPence), travel.MaxMinutes!.Value) : null)
    {
        Picture = t.Picture,
    };

    private static ExpenseCategory ToExpenseCategory(ExpenseCategoryDocument c) => OfKind(c) with { EasyRead = c.EasyRead, IsTravel = c.Travel ?? false, Picture = c.Picture };

    private static ExpenseCategory OfKind(ExpenseCategoryDocument c) => c.Kind switch
    {
        "mileage" => new Mileage(c.Code!, c.Name!, [.. c.Bands!.Select(b => new MileageBand(b.UpToMilesInTaxYear, Pence(b.PencePerMile)))], c.NeedsPreApproval ?? false),
        "actual" => new ActualCost(
            c.Code!,
            c.Name!,
            OptionalPence(c.CapPence),
            OptionalPence(c.ReceiptRequiredOverPence),
            c.NeedsPreApproval ?? false,
            [.. (c.CapsByTimeAway ?? []).Select(b => new TimeAwayCap(b.OverMinutes!.Value, Pence(b.CapPence)))]),
        "hourly" => new CarerCover(c.Code!, c.Name!, Pence(c.MaxHourlyPence), OptionalPence(c.ReceiptRequiredOverPence), c.NeedsPreApproval ?? false),
        _ => new FlatAmount(c.Code!, c.Name!, Pence(c.AmountPence), c.NeedsPreApproval ?? false),
    };

    private static BenefitRule ToBenefit(BenefitDocument b) => new(
        b.Kind!,
        b.Name!,
        b.Period switch
        {
            "week" => BenefitPeriodKind.Week,
            "assessment-month" => BenefitPeriodKind.AssessmentMonth,
            _ => BenefitPeriodKind.None,
        },
        [.. (b.Limits ?? []).Select(l => new StatutoryLimit(l.From!.Value, Pence(l.Pence)))],
        b.WeeklyHoursUnder);

    private static Money Pence(long? pence) => Money.FromPence(pence!.Value);

    private static Money? OptionalPence(long? pence) => pence is { } p ? Money.FromPence(p) : null;
}
