using RecognitionPay.Domain.Claims;

namespace RecognitionPay.Domain.Tests.Claims;

public sealed class ClaimBalanceTests
{
    private static readonly ClaimId Claim = ClaimId.New();
    private static readonly PersonId Person = PersonId.New();

    [Fact]
    public void What_is_owed_is_what_was_approved_less_live_parts_and_waived_pay()
    {
        var balance = ClaimBalance.Of(Claim, Person, Money.FromPence(6250), Money.FromPence(640),
            [new PaidPart(Money.FromPence(3000), Money.FromPence(2500), AwaitingPayment: false)], [Money.FromPence(1000)]);

        Assert.Equal((2750L, 140L, false, false), (balance.OwedPay.Pence, balance.OwedExpenses.Pence, balance.AwaitingPayment, balance.Settled));
    }

    [Fact]
    public void A_claim_wholly_in_a_run_not_yet_paid_owes_nothing_but_is_not_settled_until_the_run_is_paid()
    {
        var waiting = ClaimBalance.Of(Claim, Person, Money.FromPence(6250), Money.FromPence(640), [new PaidPart(Money.FromPence(6890), Money.FromPence(6250), AwaitingPayment: true)], []);
        var paid = waiting with { AwaitingPayment = false };

        Assert.Equal((true, false, true), (waiting.OwedPay.IsZero && waiting.OwedExpenses.IsZero, waiting.Settled, paid.Settled));
    }
}
