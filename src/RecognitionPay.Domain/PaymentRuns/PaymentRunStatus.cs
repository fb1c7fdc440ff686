namespace RecognitionPay.Domain.PaymentRuns;

public enum PaymentRunStatus
{
    Pending,
    Ready,
    Empty,
    Paid,
}

public enum PaymentItemStatus
{
    Ready,
    Paid,
    Failed,
}
