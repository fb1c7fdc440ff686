using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Theory]
    [InlineData("meeting", 0)]
    [InlineData("meeting", -1)]
    [InlineData("meeting", -60)]
    [InlineData("workshop", 0)]
    [InlineData("workshop", -1)]
    public void Hourly_and_sessional_activities_refuse_no_attendance(string activity, int attended)
    {
        var refusal = RefusalFor(Example, () => TestClaim.For(activity, attended));

        Assert.Equal("attendedMinutes", refusal.Field);
    }

    [Theory]
    [InlineData("survey", 1000)]
    [InlineData("social", 0)]
    public void Fixed_and_unpaid_activities_accept_no_attendance(string activity, long pence)
    {
        var priced = Price(TestClaim.For(activity, 0));

        Assert.Equal(Money.FromPence(pence), priced.Involvement);
    }

    [Theory]
    [InlineData("survey", -1, 0, 0, null, "attendedMinutes")]
    [InlineData("social", -15, 0, 0, null, "attendedMinutes")]
    [InlineData("meeting", 60, -1, 0, null, "prepMinutes")]
    [InlineData("meeting", 60, 0, -1, null, "travelMinutes")]
    [InlineData("meeting", 60, 30, 0, -1, "prepAllowanceMinutes")]
    public void Negative_minutes_are_refused_naming_the_field(string activity, int attended, int prep, int travel, int? allowance, string field)
    {
        var refusal = RefusalFor(Example, () => TestClaim.For(activity, attended, prep, travel, prepAllowanceMinutes: allowance));

        Assert.Equal(field, refusal.Field);
    }

    [Theory]
    [InlineData("focus-group")]
    [InlineData("Meeting")]
    [InlineData("")]
    public void An_activity_type_the_policy_does_not_have_is_refused(string code)
    {
        var refusal = RefusalFor(Example, () => TestClaim.For(code, 60));

        Assert.Equal("activityTypeCode", refusal.Field);
        Assert.Contains("2025-04", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "expenses[0].categoryCode")]
    [InlineData(2, "expenses[2].categoryCode")]
    public void An_expense_category_the_policy_does_not_have_is_refused_naming_its_line(int index, string field)
    {
        var expenses = new List<ExpenseToPrice> { TestClaim.OnlineData(), TestClaim.Fare(200) };
        expenses.Insert(index, new ExpenseToPrice("parking", Money.FromPence(300)));

        var refusal = RefusalFor(Example, () => TestClaim.OnlyExpenses([.. expenses]));

        Assert.Equal(field, refusal.Field);
    }

    [Theory]
    [MemberData(nameof(ExpensesMissingAnInput))]
    public void An_expense_missing_what_its_kind_needs_is_refused_naming_the_field(ExpenseToPrice[] expenses, string field)
    {
        var refusal = RefusalFor(Example, () => TestClaim.OnlyExpenses(expenses));

        Assert.Equal(field, refusal.Field);
    }

    public static TheoryData<ExpenseToPrice[], string> ExpensesMissingAnInput() => new()
    {
        { [new ExpenseToPrice("mileage")], "expenses[0].miles" },
        { [new ExpenseToPrice("mileage", Money.FromPence(450))], "expenses[0].miles" },
        { [TestClaim.OnlineData(), new ExpenseToPrice("public-transport")], "expenses[1].amountPence" },
        { [TestClaim.Fare(200), new ExpenseToPrice("meal", HasReceipt: true)], "expenses[1].amountPence" },
        { [TestClaim.Fare(200), TestClaim.CarMiles(10), new ExpenseToPrice("taxi")], "expenses[2].amountPence" },
        { [new ExpenseToPrice("carer-cover", Money.FromPence(1500))], "expenses[0].hours" },
        { [new ExpenseToPrice("carer-cover", Hours: new Hours(100))], "expenses[0].amountPence" },
    };

    [Theory]
    [MemberData(nameof(ExpensesWithANegativeAmount))]
    public void A_negative_expense_amount_is_refused_naming_its_line(ExpenseToPrice[] expenses, string field)
    {
        var refusal = RefusalFor(Example, () => TestClaim.OnlyExpenses(expenses));

        Assert.Equal(field, refusal.Field);
        Assert.Equal("An amount cannot be negative.", refusal.Message);
    }

    // Refused whatever the category does with the amount: paid up to a cap, paid per hour, or not needed at all.
    public static TheoryData<ExpenseToPrice[], string> ExpensesWithANegativeAmount() => new()
    {
        { [TestClaim.Fare(-1)], "expenses[0].amountPence" },
        { [TestClaim.OnlineData(), new ExpenseToPrice("meal", Money.FromPence(-1250))], "expenses[1].amountPence" },
        { [TestClaim.Fare(200), TestClaim.CarMiles(10), new ExpenseToPrice("carer-cover", Money.FromPence(-100), Hours: new Hours(100))], "expenses[2].amountPence" },
        { [TestClaim.Fare(200), TestClaim.OnlineData(-500)], "expenses[1].amountPence" },
        { [new ExpenseToPrice("mileage", Money.FromPence(-450), Miles: Miles.FromWhole(10))], "expenses[0].amountPence" },
    };
}
