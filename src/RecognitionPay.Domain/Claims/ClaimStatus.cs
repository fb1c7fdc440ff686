namespace RecognitionPay.Domain.Claims;

public enum ClaimStatus
{
    Submitted,
    Approved,
    Rejected,
    Returned,
    Withdrawn,
    Paid,
}
