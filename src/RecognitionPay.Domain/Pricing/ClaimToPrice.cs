using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Pricing;

/// <summary>A claim to price: what the claimant says happened, as the claim keeps it, and what pricing must know beside it.</summary>
public sealed record ClaimToPrice(ClaimDetails Details, PricingContext Context)
{
    public ClaimToPrice(ClaimDetails details)
        : this(details, new PricingContext())
    {
    }
}
