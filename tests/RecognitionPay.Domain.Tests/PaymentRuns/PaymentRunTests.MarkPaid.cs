using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.PaymentRuns;

public sealed partial class PaymentRunTests
{
    [Fact]
    public void Marking_a_ready_run_paid_pays_every_item()
    {
        var run = ReadyRun();

        run.MarkPaid(Now, Finance, []);

        Assert.Equal(PaymentRunStatus.Paid, run.Status);
        Assert.All(run.Items, i => Assert.Equal(PaymentItemStatus.Paid, i.Status));
        Assert.Equal(PayableTotal, run.Total);
    }

    [Fact]
    public void Marking_a_run_paid_records_who_did_it_and_when_and_raises_its_version_by_one()
    {
        var run = ReadyRun();

        run.MarkPaid(Now, Finance, []);

        Assert.Equal(Now, run.PaidAt);
        Assert.Equal(Finance, run.PaidBy);
        Assert.Equal(2, run.Version);
    }

    [Fact]
    public void Marking_a_run_paid_leaves_failed_items_failed_and_their_claims_released()
    {
        var run = ReadyRun();
        var failed = run.FailItem(ItemFor(run, Kim, PaymentMethod.BankTransfer).Id, Reason, Now);

        run.MarkPaid(Later, Finance, []);

        Assert.Equal(PaymentItemStatus.Failed, failed.Status);
        Assert.False(failed.ReturnedByBank);
        Assert.All(failed.Claims, c => Assert.False(c.Live));
        Assert.All(run.Items.Where(i => i != failed), i => Assert.Equal(PaymentItemStatus.Paid, i.Status));
        Assert.Equal(Money.FromPence(5390), run.Total);
    }

    [Fact]
    public void Marking_a_run_paid_keeps_the_claims_of_paid_items_live()
    {
        var run = ReadyRun();

        run.MarkPaid(Now, Finance, []);

        Assert.All(run.Items.SelectMany(i => i.Claims), c => Assert.True(c.Live));
    }

    [Fact]
    public void Paying_a_run_twice_is_refused()
    {
        var run = PaidRun();

        AssertRefused(run, "NotReady", () => run.MarkPaid(Later, "someone.else@council.example", []));
    }

    [Fact]
    public void Paying_an_empty_run_is_refused()
    {
        var run = EmptyRun();

        AssertRefused(run, "NotReady", () => run.MarkPaid(Now, Finance, []));
    }

    [Fact]
    public void A_refused_payment_says_what_the_run_is()
    {
        var run = EmptyRun();

        var refusal = Assert.Throws<PaymentRunRefusal>(() => run.MarkPaid(Now, Finance, []));

        Assert.Contains("Empty", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paying_a_run_whose_every_item_failed_is_refused()
    {
        var run = ReadyRun();
        foreach (var item in run.Items)
        {
            run.FailItem(item.Id, Reason, Now);
        }

        AssertRefused(run, "NothingLeftToPay", () => run.MarkPaid(Later, Finance, []));
        Assert.Equal(PaymentRunStatus.Ready, run.Status);
    }

    [Fact]
    public void A_run_with_one_item_left_of_many_can_still_be_paid()
    {
        var run = ReadyRun();
        var left = SamsBankItem(run);
        foreach (var item in run.Items.Where(i => i != left))
        {
            run.FailItem(item.Id, Reason, Now);
        }

        run.MarkPaid(Later, Finance, []);

        Assert.Equal(PaymentItemStatus.Paid, left.Status);
        Assert.Equal(left.Amount, run.Total);
    }

    [Fact]
    public void Whoever_approved_a_claim_the_run_pays_may_not_mark_it_paid_whatever_their_role()
    {
        var run = ReadyRun();

        AssertRefused(run, "ApproverCannotConfirm", () => run.MarkPaid(Now, Finance.ToUpperInvariant(), ["priya.shah@council.example", Finance]));
        Assert.Equal(PaymentRunStatus.Ready, run.Status);
    }
}
