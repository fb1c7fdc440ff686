namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>An activity that pays nothing for the time taken; its expenses are still paid.</summary>
public sealed record UnpaidActivity(string ActivityName) : LineExplanation
{
    public override string InWords() => $"{ActivityName} is not paid. Expenses are still paid.";
}
