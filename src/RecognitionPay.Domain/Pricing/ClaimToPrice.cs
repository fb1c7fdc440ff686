using System.Collections.ObjectModel;
using NodaTime;

namespace RecognitionPay.Domain.Pricing;

/// <summary>Everything the pricer needs to know about one claim (or one question "what would I get?").</summary>
public sealed record ClaimToPrice
{
    public ClaimToPrice(
        string activityTypeCode,
        LocalDate activityDate,
        int attendedMinutes,
        int prepMinutes,
        int travelMinutes,
        IReadOnlyList<ExpenseToPrice> expenses,
        Recognition recognition = Recognition.Payment,
        bool eligibleForPayment = true,
        int? prepAllowanceMinutes = null,
        IReadOnlyDictionary<string, Miles>? earlierMilesInTaxYear = null)
    {
        RefuseNegative(attendedMinutes, nameof(attendedMinutes));
        RefuseNegative(prepMinutes, nameof(prepMinutes));
        RefuseNegative(travelMinutes, nameof(travelMinutes));
        RefuseNegative(prepAllowanceMinutes, nameof(prepAllowanceMinutes));
        RefuseNegativeAmounts(expenses);

        ActivityTypeCode = activityTypeCode;
        ActivityDate = activityDate;
        AttendedMinutes = attendedMinutes;
        PrepMinutes = prepMinutes;
        TravelMinutes = travelMinutes;
        Expenses = expenses;
        Recognition = recognition;
        EligibleForPayment = eligibleForPayment;
        PrepAllowanceMinutes = prepAllowanceMinutes;
        EarlierMilesInTaxYear = earlierMilesInTaxYear ?? ReadOnlyDictionary<string, Miles>.Empty;
    }

    public string ActivityTypeCode { get; }

    public LocalDate ActivityDate { get; }

    public int AttendedMinutes { get; }

    public int PrepMinutes { get; }

    public int TravelMinutes { get; }

    public IReadOnlyList<ExpenseToPrice> Expenses { get; }

    public Recognition Recognition { get; }

    public bool EligibleForPayment { get; }

    /// <summary>The activity's own preparation allowance, which can only lower the policy's.</summary>
    public int? PrepAllowanceMinutes { get; }

    /// <summary>Miles this person already claimed in the tax year of the activity, per mileage category.</summary>
    public IReadOnlyDictionary<string, Miles> EarlierMilesInTaxYear { get; }

    private static void RefuseNegative(int? minutes, string field)
    {
        if (minutes < 0)
        {
            throw new PricingRefusal(field, "Minutes cannot be negative.");
        }
    }

    private static void RefuseNegativeAmounts(IReadOnlyList<ExpenseToPrice> expenses)
    {
        for (var i = 0; i < expenses.Count; i++)
        {
            if (expenses[i].Amount is { IsNegative: true })
            {
                throw PricingRefusal.ForExpense(i, "amountPence", "An amount cannot be negative.");
            }
        }
    }
}
