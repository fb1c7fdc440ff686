namespace RecognitionPay.Domain.Pricing;

/// <summary>A claim that cannot be priced as it stands, naming the field to correct.</summary>
public sealed class PricingRefusal : Exception
{
    public PricingRefusal(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public string Field { get; }

    /// <summary>A refusal of one input of the expense line at <paramref name="index"/>, such as "expenses[1].amountPence".</summary>
    public static PricingRefusal ForExpense(int index, string input, string message) => new($"expenses[{index}].{input}", message);
}
