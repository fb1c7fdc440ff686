namespace RecognitionPay.Domain.Pricing;

/// <summary>A claim that cannot be priced as it stands, naming the field to correct.</summary>
public sealed class PricingRefusal : Refusal
{
    public PricingRefusal(string field, string message)
        : base(RefusalKind.InvalidField, "Some of what was sent is not valid.", message, field: field)
    {
    }

    /// <summary>A refusal of one input of the expense line at <paramref name="index"/>, such as "expenses[1].amountPence".</summary>
    public static PricingRefusal ForExpense(int index, string input, string message) => new($"expenses[{index}].{input}", message);
}
