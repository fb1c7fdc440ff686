using System.Globalization;
using RecognitionPay.Api.PageParts;
using RecognitionPay.Api.PolicyLanguage;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>One fact of a policy as a policy owner reads it: "Activity types / Meeting / Hourly rate / £25.00".</summary>
/// <param name="Key">What the fact is about, the same in every version: the section, the item's code and the field.</param>
/// <param name="Amount">The fact as a number, when it is an amount, time or count, so a change can say up or down.</param>
public sealed record PolicyRow(string Section, string Item, string Field, string Value, decimal? Amount)
{
    public string Key => $"{Section}/{ItemCode}/{Field}";

    public string ItemCode { get; init; } = Item;
}

/// <summary>
/// A policy document as rows of plain facts, by section in the order policy-format.md gives them: what the policy
/// pages show as tables, and what two versions are compared by.
/// </summary>
public static class PolicyRows
{
    public const string ActivityTypes = "Activity types and rates";
    public const string Expenses = "Expense categories and caps";
    public const string Benefits = "Benefit limits";
    public const string General = "Tax, payments and claims";

    public static IReadOnlyList<PolicyRow> Of(PolicyDocument document)
    {
        var rows = new List<PolicyRow>();
        foreach (var type in document.ActivityTypes ?? [])
        {
            var add = Adder(rows, ActivityTypes, type.Name ?? type.Code ?? "", type.Code ?? "");
            add("Pay", type.Pay?.Basis, null);
            Pence(add, "Hourly rate", type.Pay?.HourlyPence);
            Minutes(add, "Shortest time paid", type.Pay?.MinimumMinutes);
            Minutes(add, "Longest time paid", type.Pay?.MaximumMinutes);
            Pence(add, "Half-day rate", type.Pay?.HalfDayPence);
            Minutes(add, "Half a day is up to", type.Pay?.HalfDayUpToMinutes);
            Pence(add, "Day rate", type.Pay?.DayPence);
            Pence(add, "Fee", type.Pay?.FeePence);
            Pence(add, "Preparation hourly rate", type.Prep?.HourlyPence);
            Minutes(add, "Preparation paid up to", type.Prep?.MaxMinutes);
            if (type.Prep?.MaxRatio is { } ratio)
            {
                add("Preparation at most this times the activity", ratio.ToString("0.##", CultureInfo.InvariantCulture), ratio);
            }

            Pence(add, "Travel time hourly rate", type.Travel?.HourlyPence);
            Minutes(add, "Travel time paid up to", type.Travel?.MaxMinutes);
        }

        foreach (var category in document.ExpenseCategories ?? [])
        {
            var add = Adder(rows, Expenses, category.Name ?? category.Code ?? "", category.Code ?? "");
            add("Kind", category.Kind, null);
            foreach (var band in category.Bands ?? [])
            {
                var miles = band.UpToMilesInTaxYear is { } upTo ? $"up to {upTo:#,0} miles in a tax year" : "beyond that";
                if (band.PencePerMile is { } perMile)
                {
                    add($"Pence a mile, {miles}", $"{perMile}p", perMile);
                }
            }

            Pence(add, "Cap", category.CapPence);
            Pence(add, "Amount", category.AmountPence);
            Pence(add, "Hourly rate at most", category.MaxHourlyPence);
            foreach (var cap in category.CapsByTimeAway ?? [])
            {
                Pence(add, $"Cap when away over {EasyWords.Time(cap.OverMinutes ?? 0)}", cap.CapPence);
            }

            Pence(add, "Receipt needed over", category.ReceiptRequiredOverPence);
            if (category.NeedsPreApproval == true)
            {
                add("Agreed beforehand", "Yes", null);
            }
        }

        foreach (var benefit in document.Benefits ?? [])
        {
            var add = Adder(rows, Benefits, benefit.Name ?? benefit.Kind ?? "", benefit.Kind ?? "");
            add("Period", benefit.Period, null);
            foreach (var limit in benefit.Limits ?? [])
            {
                Pence(add, limit.From is { } from ? $"Limit from {EasyWords.Day(from)}" : "Limit", limit.Pence);
            }

            if (benefit.WeeklyHoursUnder is { } hours)
            {
                add("Fewer hours a week than", hours.ToString(CultureInfo.InvariantCulture), hours);
            }
        }

        var general = Adder(rows, General, "This version", "version");
        Pence(general, "Trading allowance", document.Tax?.TradingAllowancePence);
        general("Payment methods", document.Payments?.Methods is { } methods ? string.Join(", ", methods) : null, null);
        general("Payment run schedule", document.Payments?.RunSchedule, null);
        if (document.Payments?.PaymentLeadDays is { } lead)
        {
            general("Days from a run to its payment", lead.ToString(CultureInfo.InvariantCulture), lead);
        }

        if (document.Claims?.DeadlineDays is { } deadline)
        {
            general("Days to claim after an activity", deadline.ToString(CultureInfo.InvariantCulture), deadline);
        }

        Minutes(general, "Time is rounded up to", document.Rounding?.UnitMinutes);
        return rows;
    }

    private static Action<string, string?, decimal?> Adder(List<PolicyRow> rows, string section, string item, string code) =>
        (field, value, amount) =>
        {
            if (value is not null)
            {
                rows.Add(new PolicyRow(section, item, field, value, amount) { ItemCode = code });
            }
        };

    private static void Pence(Action<string, string?, decimal?> add, string field, long? pence) =>
        add(field, pence is { } p ? EasyWords.Pounds(p) : null, pence);

    private static void Minutes(Action<string, string?, decimal?> add, string field, int? minutes) =>
        add(field, minutes is { } m ? EasyWords.Time(m) : null, minutes);
}
