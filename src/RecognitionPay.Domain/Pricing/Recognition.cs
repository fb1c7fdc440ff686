namespace RecognitionPay.Domain.Pricing;

/// <summary>How the person chose to be thanked for this claim.</summary>
public enum Recognition
{
    Payment,
    Voucher,
    Decline,
}
