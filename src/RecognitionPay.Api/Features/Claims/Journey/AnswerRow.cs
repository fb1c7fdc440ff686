using RecognitionPay.Api.PageParts;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>One answer on the check page, in words, with the question its Change link goes back to.</summary>
public sealed record AnswerRow(string Key, string Value, string Question)
{
    /// <summary>What the Change link changes, for a screen reader: "Change how long it lasted".</summary>
    public string ChangeWords => Key.StartsWith("I ", StringComparison.Ordinal) ? Key.TrimEnd('.') : char.ToLowerInvariant(Key[0]) + Key[1..].TrimEnd('.');

    public static IReadOnlyList<AnswerRow> For(JourneyState state)
    {
        var a = state.Answers;
        var asked = state.Questions;
        string Words(string code) => state.Policy?.FindExpenseCategory(code) is { } c ? c.EasyRead ?? c.Name : code;
        List<AnswerRow> rows = [new("What you did", state.Activity?.Title ?? state.Type?.EasyRead ?? "", ClaimQuestions.Activity)];
        if (asked.Contains(ClaimQuestions.When))
        {
            rows.Add(new("When", EasyWords.Day(a.ActivityDate!.Value), ClaimQuestions.When));
        }

        rows.Add(new("How long it lasted", EasyWords.Time(a.AttendedMinutes ?? 0), ClaimQuestions.HowLong));
        if (asked.Contains(ClaimQuestions.Preparation))
        {
            rows.Add(new("Getting ready", EasyWords.Time(a.PrepMinutes ?? 0), ClaimQuestions.Preparation));
        }

        var ways = a.Travel ?? [];
        rows.Add(new("How you got there", ways.Count == 0 ? "It did not cost anything." : string.Join(" ", ways.Select(Words)), ClaimQuestions.Travel));
        if (ways.Count > 0)
        {
            rows.AddRange(ways.Select(code => new AnswerRow(Words(code), Cost(a.TravelCosts?.FirstOrDefault(c => c.Code == code), state.Policy?.FindExpenseCategory(code)), ClaimQuestions.TravelDetails)));
        }

        if (asked.Contains(ClaimQuestions.TravelTime))
        {
            rows.Add(new("Journey time", EasyWords.Time(a.TravelMinutes ?? 0), ClaimQuestions.TravelTime));
        }

        if (a.OtherCosts is { Count: > 0 } others)
        {
            rows.AddRange(others.Select(code => new AnswerRow(Words(code), Cost(a.CostAmounts?.FirstOrDefault(c => c.Code == code), state.Policy?.FindExpenseCategory(code)), ClaimQuestions.CostAmounts)));
        }
        else
        {
            rows.Add(new("Other costs", "None.", ClaimQuestions.OtherCosts));
        }

        rows.Add(new("Receipts", state.Receipts.Count switch { 0 => "None.", 1 => "1 receipt.", var n => $"{n} receipts." }, ClaimQuestions.Receipts));
        rows.Add(new("How we thank you", a.Recognition switch { "payment" => "Money.", "voucher" => "A shopping voucher.", _ => "No thank you." }, ClaimQuestions.Thanks));
        return rows;
    }

    private static string Cost(CostAnswer? cost, ExpenseCategory? category = null) => cost switch
    {
        { Miles: { } miles } => $"{miles} miles.",
        { AmountPence: { } pence, Hours: { } hours } => $"{EasyWords.Pounds(pence)} for {hours} hours.",
        { AmountPence: { } pence } => $"{EasyWords.Pounds(pence)}.",
        _ => category is Domain.Pricing.Expenses.FlatAmount flat ? $"{EasyWords.Pounds(flat.Amount)}." : "",
    };
}
