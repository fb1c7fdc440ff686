namespace RecognitionPay.Domain.Pricing;

/// <summary>Why a claim's pay for time (involvement, preparation and travel) is not paid. Expenses are still paid.</summary>
public enum PayWithheld
{
    /// <summary>The person cannot get involvement payments, for example when their employer pays them to take part.</summary>
    NotEligible,

    /// <summary>The person chose not to be paid for their time (<see cref="Recognition.Decline"/>).</summary>
    Declined,
}
