namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>What became of pay a benefits limit held back: still owed for a later run, or given up.</summary>
public enum HoldbackOutcome
{
    Deferred,
    Waived,
}
