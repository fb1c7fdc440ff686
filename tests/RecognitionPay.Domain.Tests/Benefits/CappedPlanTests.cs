using NodaTime;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.Benefits;

/// <summary>A run pays each person's pay up to their room, oldest claim first, and defers or waives the rest.</summary>
public sealed class CappedPlanTests
{
    private static readonly PersonId Sam = new(new Guid("11111111-1111-4111-8111-111111111111"));

    private static readonly LocalDate Tuesday = new(2026, 12, 1);

    private static PayableClaim Claim(int n, long pay, long expenses = 0, PaymentMethod method = PaymentMethod.BankTransfer) =>
        new(new ClaimId(new Guid($"c1a1{n:0000}-0000-4000-8000-000000000000")), Sam, method, Money.FromPence(pay), Money.FromPence(expenses));

    private static Payee CappedAt(long pence, OverCapChoice choice) => new(choice,
        Headroom.For(HeadroomTests.Policy, [new BenefitDeclaration("carers-allowance", null, Money.FromPence(pence))], Tuesday, Earnings.For(Sam)));

    [Fact]
    public void Pay_over_the_room_is_deferred_oldest_claim_first()
    {
        var first = Claim(1, 6890);
        var second = Claim(2, 6890);

        var plan = PaymentRunPlanner.Plan([second, first], _ => CappedAt(10000, OverCapChoice.Defer));

        var item = Assert.Single(plan.Items);
        Assert.Equal([(first.ClaimId, 6890L), (second.ClaimId, 3110L)], item.Claims.Select(c => (c.ClaimId, c.Pay.Pence)));
        var held = Assert.Single(plan.Holdbacks);
        Assert.Equal((second.ClaimId, 3780L, HoldbackOutcome.Deferred), (held.ClaimId, held.Amount.Pence, held.Outcome));
        Assert.Equal("carers-allowance", held.Limit.Rule.Kind);
        Assert.Equal(Money.FromPence(10000), plan.PayByPerson[Sam]);
    }

    [Fact]
    public void Pay_over_the_room_is_waived_when_the_person_chose_to_waive_it()
    {
        var plan = PaymentRunPlanner.Plan([Claim(1, 6890), Claim(2, 6890)], _ => CappedAt(10000, OverCapChoice.Waive));

        var held = Assert.Single(plan.Holdbacks);
        Assert.Equal((3780L, HoldbackOutcome.Waived), (held.Amount.Pence, held.Outcome));
        Assert.Equal(Money.FromPence(10000), Assert.Single(plan.Items).Pay);
    }

    [Fact]
    public void Expenses_are_paid_in_full_and_never_use_up_room()
    {
        var plan = PaymentRunPlanner.Plan([Claim(1, 6890, expenses: 1250), Claim(2, 3000, expenses: 800)], _ => CappedAt(5000, OverCapChoice.Defer));

        var item = Assert.Single(plan.Items);
        Assert.Equal([(5000L, 1250L), (0L, 800L)], item.Claims.Select(c => (c.Pay.Pence, c.Expenses.Pence)));
        Assert.Equal(Money.FromPence(5000 + 1250 + 800), item.Amount);
        Assert.Equal([1890L, 3000L], plan.Holdbacks.Select(h => h.Amount.Pence));
    }

    [Fact]
    public void With_no_room_left_only_expenses_are_paid_and_a_claim_of_pay_alone_is_not_in_any_item()
    {
        var plan = PaymentRunPlanner.Plan([Claim(1, 6890), Claim(2, 0, expenses: 500)], _ => CappedAt(0, OverCapChoice.Defer));

        var item = Assert.Single(plan.Items);
        Assert.Equal([Claim(2, 0).ClaimId], item.Claims.Select(c => c.ClaimId));
        Assert.Equal(Money.FromPence(6890), Assert.Single(plan.Holdbacks).Amount);
        Assert.Equal(Money.Zero, plan.PayByPerson[Sam]);
    }

    [Fact]
    public void The_room_is_shared_by_every_payment_method()
    {
        var plan = PaymentRunPlanner.Plan([Claim(1, 6000), Claim(2, 6000, method: PaymentMethod.Voucher)], _ => CappedAt(10000, OverCapChoice.Defer));

        Assert.Equal([6000L, 4000L], plan.Items.Select(i => i.Pay.Pence));
        Assert.Equal(Money.FromPence(2000), Assert.Single(plan.Holdbacks).Amount);
    }

    [Fact]
    public void The_projected_effect_of_a_claim_comes_after_what_the_person_is_already_owed()
    {
        var effect = BenefitsEffect.Project(CappedAt(10000, OverCapChoice.Defer), owedPay: Money.FromPence(6890), Money.FromPence(6890), Money.FromPence(500));

        Assert.Equal((3110L, 3780L, 0L), (effect.Paid.Pence, effect.Deferred.Pence, effect.Waived.Pence));
        Assert.Equal(Money.FromPence(3110), effect.Before.Room);
        Assert.Equal(Money.Zero, effect.After.Room);
        Assert.Equal(
            [
                "The next payment is due on Tuesday 1 December 2026.",
                "Carer's Allowance: you can earn £100 in the week 30 November to 6 December 2026. £68.90 is counted or owed already, so £31.10 is left.",
                "£31.10 of the pay will be paid then. £37.80 is over the Carer's Allowance limit of £100 for the week 30 November to 6 December 2026 and will wait for a later payment.",
                "£5 of expenses will be paid in full. Expenses never count as earnings.",
            ],
            effect.Sentences);
    }

    [Fact]
    public void A_waived_projection_says_the_pay_will_not_be_paid()
    {
        var effect = BenefitsEffect.Project(CappedAt(5000, OverCapChoice.Waive), owedPay: Money.Zero, Money.FromPence(6890), Money.Zero);

        Assert.Equal((5000L, 0L, 1890L), (effect.Paid.Pence, effect.Deferred.Pence, effect.Waived.Pence));
        Assert.Contains(effect.Sentences, s => s.EndsWith("and will not be paid, as you chose.", StringComparison.Ordinal));
    }

    [Fact]
    public void Pay_that_fits_is_projected_to_be_paid_in_full()
    {
        var effect = BenefitsEffect.Project(new Payee(OverCapChoice.Defer, Headroom.None(Tuesday)), owedPay: Money.Zero, Money.FromPence(6890), Money.Zero);

        Assert.Equal(["The next payment is due on Tuesday 1 December 2026.", "All £68.90 of the pay fits, so it will be paid then."], effect.Sentences);
    }
}
