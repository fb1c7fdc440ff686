using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.PaymentRuns;

/// <summary>Approved, unpaid claims gathered into one item per person and payment method, with totals.</summary>
public sealed class PaymentRunPlannerTests
{
    // Person ids in the order the planner lists them: Sam, then Kim, then Ola.
    private static readonly PersonId Sam = new(new Guid("11111111-1111-4111-8111-111111111111"));

    private static readonly PersonId Kim = new(new Guid("22222222-2222-4222-8222-222222222222"));

    private static readonly PersonId Ola = new(new Guid("33333333-3333-4333-8333-333333333333"));

    /// <summary>A claim with an id that sorts by <paramref name="n"/>, so a test can say which claim comes first.</summary>
    private static PayableClaim Claim(int n, PersonId personId, PaymentMethod method, long pence) =>
        new(new ClaimId(new Guid($"c1a1{n:0000}-0000-4000-8000-000000000000")), personId, method, Money.FromPence(pence), Money.Zero);

    private static IReadOnlyList<PlannedItem> Plan(IEnumerable<PayableClaim> payable) => Payees.PlanUncapped(payable).Items;

    private static IEnumerable<ClaimId> Ids(params PayableClaim[] claims) => claims.Select(c => c.ClaimId);

    /// <summary>An item as a line a test can compare: who, how, how much and which claims, in order.</summary>
    private static string Describe(PlannedItem item) =>
        $"{item.PersonId} {item.Method} {item.Amount.Pence}p [{string.Join(", ", item.Claims.Select(c => c.ClaimId))}]";

    [Fact]
    public void Claims_are_gathered_into_one_item_per_person()
    {
        var plan = Plan(
        [
            Claim(1, Sam, PaymentMethod.BankTransfer, 3750),
            Claim(2, Kim, PaymentMethod.BankTransfer, 1000),
            Claim(3, Sam, PaymentMethod.BankTransfer, 640),
        ]);

        Assert.Equal([Sam, Kim], plan.Select(i => i.PersonId));
        Assert.All(plan, i => Assert.Equal(PaymentMethod.BankTransfer, i.Method));
    }

    [Fact]
    public void A_person_with_claims_to_be_paid_by_two_methods_gets_an_item_for_each()
    {
        var byBank = Claim(1, Sam, PaymentMethod.BankTransfer, 3750);
        var byVoucher = Claim(2, Sam, PaymentMethod.Voucher, 1000);

        var plan = Plan([byVoucher, byBank]);

        Assert.Collection(plan,
            item =>
            {
                Assert.Equal((Sam, PaymentMethod.BankTransfer, Money.FromPence(3750)), (item.PersonId, item.Method, item.Amount));
                Assert.Equal(Ids(byBank), item.Claims.Select(c => c.ClaimId));
            },
            item =>
            {
                Assert.Equal((Sam, PaymentMethod.Voucher, Money.FromPence(1000)), (item.PersonId, item.Method, item.Amount));
                Assert.Equal(Ids(byVoucher), item.Claims.Select(c => c.ClaimId));
            });
    }

    [Fact]
    public void Each_item_pays_the_total_of_its_claims()
    {
        var plan = Plan(
        [
            Claim(1, Sam, PaymentMethod.BankTransfer, 3750),
            Claim(2, Sam, PaymentMethod.BankTransfer, 16558),
            Claim(3, Sam, PaymentMethod.BankTransfer, 1),
            Claim(4, Kim, PaymentMethod.Voucher, 1000),
        ]);

        Assert.Equal([20309L, 1000L], plan.Select(i => i.Amount.Pence));
        Assert.All(plan, i => Assert.Equal(i.Amount, i.Claims.Aggregate(Money.Zero, (sum, c) => sum + c.Amount)));
    }

    [Fact]
    public void Each_item_lists_the_claims_it_pays_in_order_of_claim()
    {
        var first = Claim(1, Sam, PaymentMethod.BankTransfer, 3750);
        var second = Claim(2, Sam, PaymentMethod.BankTransfer, 640);
        var third = Claim(3, Sam, PaymentMethod.BankTransfer, 500);
        var kims = Claim(4, Kim, PaymentMethod.BankTransfer, 1000);

        var plan = Plan([third, kims, first, second]);

        Assert.Equal(Ids(first, second, third), plan[0].Claims.Select(c => c.ClaimId));
        Assert.Equal(Ids(kims), plan[1].Claims.Select(c => c.ClaimId));
    }

    [Fact]
    public void Claims_for_a_person_with_no_payment_method_are_left_out()
    {
        var plan = Plan(
        [
            Claim(1, Sam, PaymentMethod.BankTransfer, 3750),
            Claim(2, Kim, PaymentMethod.None, 1000),
            Claim(3, Sam, PaymentMethod.None, 640),
        ]);

        var item = Assert.Single(plan);
        Assert.Equal((Sam, PaymentMethod.BankTransfer, Money.FromPence(3750)), (item.PersonId, item.Method, item.Amount));
        Assert.Single(item.Claims);
    }

    [Fact]
    public void Claims_that_come_to_nothing_are_left_out()
    {
        var paid = Claim(1, Sam, PaymentMethod.BankTransfer, 3750);

        var plan = Plan(
        [
            paid,
            Claim(2, Sam, PaymentMethod.BankTransfer, 0),
            Claim(3, Kim, PaymentMethod.Voucher, 0),
        ]);

        var item = Assert.Single(plan);
        Assert.Equal(Sam, item.PersonId);
        Assert.Equal(Ids(paid), item.Claims.Select(c => c.ClaimId));
    }

    [Fact]
    public void Items_are_listed_by_person_then_by_payment_method()
    {
        var plan = Plan(
        [
            Claim(1, Ola, PaymentMethod.Voucher, 100),
            Claim(2, Kim, PaymentMethod.Voucher, 200),
            Claim(3, Sam, PaymentMethod.Voucher, 300),
            Claim(4, Ola, PaymentMethod.BankTransfer, 400),
            Claim(5, Sam, PaymentMethod.BankTransfer, 500),
        ]);

        Assert.Equal(
            [
                (Sam, PaymentMethod.BankTransfer), (Sam, PaymentMethod.Voucher),
                (Kim, PaymentMethod.Voucher),
                (Ola, PaymentMethod.BankTransfer), (Ola, PaymentMethod.Voucher),
            ],
            plan.Select(i => (i.PersonId, i.Method)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void The_plan_is_the_same_whatever_order_the_claims_come_in(int seed)
    {
        PayableClaim[] claims =
        [
            Claim(1, Sam, PaymentMethod.BankTransfer, 3750),
            Claim(2, Kim, PaymentMethod.Voucher, 1000),
            Claim(3, Ola, PaymentMethod.BankTransfer, 16558),
            Claim(4, Sam, PaymentMethod.Voucher, 500),
            Claim(5, Kim, PaymentMethod.Voucher, 640),
            Claim(6, Sam, PaymentMethod.BankTransfer, 2500),
            Claim(7, Ola, PaymentMethod.None, 900),
        ];
        var shuffled = claims.ToArray();
        new Random(seed).Shuffle(shuffled);

        Assert.Equal(
            Plan(claims).Select(Describe),
            Plan(shuffled).Select(Describe));
    }

    [Fact]
    public void Nothing_to_pay_plans_nothing()
    {
        Assert.Empty(Plan([]));
    }

    [Fact]
    public void Claims_that_are_all_left_out_plan_nothing()
    {
        Assert.Empty(Plan(
        [
            Claim(1, Sam, PaymentMethod.None, 3750),
            Claim(2, Kim, PaymentMethod.BankTransfer, 0),
        ]));
    }
}
