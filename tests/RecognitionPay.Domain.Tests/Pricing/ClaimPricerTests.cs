using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Pricing;

/// <summary>
/// How a claim is priced (policy-format.md), one concern per partial file. Every expected amount is worked out by
/// hand from the example policy in <see cref="TestPolicy"/>.
/// </summary>
public sealed partial class ClaimPricerTests
{
    private static readonly RecognitionPolicy Example = TestPolicy.Example();

    private static PricedClaim Price(ClaimToPrice claim) => ClaimPricer.Price(Example, claim);

    private static PricedLine LineOf(PricedClaim priced, LineKind kind) => priced.Lines.Single(l => l.Kind == kind);

    private static WarningCode[] CodesOf(PricedClaim priced) => [.. priced.Warnings.Select(w => w.Code)];

    private static WarningCode[] Expected(WarningCode? code) => code is { } c ? [c] : [];

    private static PricingRefusal RefusalFor(RecognitionPolicy policy, Func<ClaimToPrice> claim) =>
        Assert.Throws<PricingRefusal>(() => ClaimPricer.Price(policy, claim()));
}
