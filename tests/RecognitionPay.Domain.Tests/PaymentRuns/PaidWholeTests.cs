using NodaTime;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Tests.Benefits;

namespace RecognitionPay.Domain.Tests.PaymentRuns;

/// <summary>
/// Claims no run has touched, planned from their sums (<see cref="OwedInFull"/>) and paid whole when they fit the
/// person's room; their parts, as the store writes them, must be exactly what was planned.
/// </summary>
public sealed class PaidWholeTests
{
    private static readonly PersonId Sam = new(new Guid("11111111-1111-4111-8111-111111111111"));

    private static readonly PersonId Kim = new(new Guid("22222222-2222-4222-8222-222222222222"));

    private static readonly LocalDate Tuesday = new(2026, 12, 1);

    private static readonly ClaimId First = new(new Guid("c1a10001-0000-4000-8000-000000000000"));

    private static readonly ClaimId Second = new(new Guid("c1a10002-0000-4000-8000-000000000000"));

    private static readonly ClaimId Kims = new(new Guid("c1a10003-0000-4000-8000-000000000000"));

    /// <summary>Sam's two untouched claims: 6890p and 3000p of pay, 1250p of expenses.</summary>
    private static readonly OwedInFull SamsClaims = new(Sam, PaymentMethod.BankTransfer, 2, Money.FromPence(9890), Money.FromPence(1250));

    private static Payee Uncapped => new(OverCapChoice.Defer, Headroom.None(Tuesday));

    private static Payee CappedAt(long pence) => new(OverCapChoice.Defer,
        Headroom.For(HeadroomTests.Policy, [new BenefitDeclaration("carers-allowance", null, Money.FromPence(pence))], Tuesday, Earnings.For(Sam)));

    private static PaymentRun Run(RunPlan plan) =>
        PaymentRun.Create(new PaymentRunId(Guid.NewGuid()), Tuesday, Tuesday.PlusDays(3), null, plan, Instant.FromUtc(2026, 12, 1, 8, 0), "bea.finance@council.example");

    private static PayableClaim KimsClaim => new(Kims, Kim, PaymentMethod.Voucher, Money.FromPence(4000), Money.Zero);

    [Fact]
    public void Claims_owed_in_full_are_one_item_paying_their_sums_beside_claims_planned_one_by_one()
    {
        var plan = PaymentRunPlanner.Plan([KimsClaim], _ => Uncapped, [SamsClaims]);

        Assert.Collection(plan.Items,
            item =>
            {
                Assert.Equal((Sam, PaymentMethod.BankTransfer, 11140L, 9890L), (item.PersonId, item.Method, item.Amount.Pence, item.Pay.Pence));
                Assert.Empty(item.Claims);
                Assert.Equal(SamsClaims, item.InFull);
            },
            item => Assert.Equal((Kim, 4000L), (item.PersonId, item.Amount.Pence)));
        Assert.Equal(Money.FromPence(9890), plan.PayByPerson[Sam]);
        Assert.Empty(plan.Holdbacks);
    }

    [Fact]
    public void Claims_owed_in_full_fit_a_room_they_exactly_fill()
    {
        var plan = PaymentRunPlanner.Plan([], _ => CappedAt(9890), [SamsClaims]);

        Assert.Equal(Money.FromPence(11140), Assert.Single(plan.Items).Amount);
    }

    [Fact]
    public void Claims_owed_in_full_over_the_room_are_refused_as_they_cannot_be_split()
    {
        Assert.Throws<ArgumentException>(() => PaymentRunPlanner.Plan([], _ => CappedAt(9889), [SamsClaims]));
    }

    [Fact]
    public void A_person_is_planned_whole_or_claim_by_claim_never_both()
    {
        var samsOther = new PayableClaim(Kims, Sam, PaymentMethod.BankTransfer, Money.FromPence(100), Money.Zero);

        Assert.Throws<ArgumentException>(() => PaymentRunPlanner.Plan([samsOther], _ => Uncapped, [SamsClaims]));
    }

    [Fact]
    public void People_paid_by_no_method_are_left_out_and_so_are_sums_of_nothing()
    {
        var plan = PaymentRunPlanner.Plan([], _ => Uncapped, [SamsClaims with { Method = PaymentMethod.None }, new OwedInFull(Kim, PaymentMethod.Voucher, 1, Money.Zero, Money.Zero)]);

        Assert.Empty(plan.Items);
    }

    [Fact]
    public void The_parts_written_for_claims_owed_in_full_are_recorded_on_their_item_oldest_first()
    {
        var run = Run(PaymentRunPlanner.Plan([KimsClaim], _ => Uncapped, [SamsClaims]));
        var sams = run.Items[0];

        Assert.True(run.RecordInFull([Part(sams, Second, 3000, 3800), Part(sams, First, 6890, 7340)]));

        Assert.Equal([(First, 6890L, 7340L), (Second, 3000L, 3800L)], sams.Claims.Select(c => (c.ClaimId, c.Pay.Pence, c.Amount.Pence)));
        Assert.All(sams.Claims, c => Assert.True(c.Live));
        Assert.Null(sams.AwaitingInFull);
        Assert.Equal([Kims], run.Items[1].Claims.Select(c => c.ClaimId));
    }

    public static TheoryData<string> Mismatches => ["one claim fewer", "one claim more", "other pay", "other expenses", "a claim twice", "a claim planned one by one", "another item"];

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Parts_that_are_not_exactly_what_was_planned_are_not_recorded(string mismatch)
    {
        var run = Run(PaymentRunPlanner.Plan([KimsClaim], _ => Uncapped, [SamsClaims]));
        var (sams, kims) = (run.Items[0], run.Items[1]);
        StoredPart[] parts = mismatch switch
        {
            "one claim fewer" => [Part(sams, First, 9890, 11140)],
            "one claim more" => [Part(sams, First, 6890, 7340), Part(sams, Second, 3000, 3800), Part(sams, Kims, 0, 0)],
            "other pay" => [Part(sams, First, 6891, 7341), Part(sams, Second, 3000, 3800)],
            "other expenses" => [Part(sams, First, 6890, 7341), Part(sams, Second, 3000, 3800)],
            "a claim twice" => [Part(sams, First, 6890, 7340), Part(sams, First, 3000, 3800)],
            "a claim planned one by one" => [Part(sams, First, 6890, 7340), Part(sams, Kims, 3000, 3800)],
            _ => [Part(sams, First, 6890, 7340), Part(sams, Second, 3000, 3800), Part(kims, Second, 0, 0)],
        };

        Assert.False(run.RecordInFull(parts));

        Assert.Empty(sams.Claims);
        Assert.Equal(SamsClaims, sams.AwaitingInFull);
    }

    private static StoredPart Part(PaymentItem item, ClaimId claimId, long pay, long amount) =>
        new(item.Id, claimId, Money.FromPence(pay), Money.FromPence(amount));
}
