using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.PaymentRuns;

public sealed partial class PaymentRunTests
{
    [Fact]
    public void A_run_with_something_to_pay_is_ready()
    {
        var run = ReadyRun();

        Assert.Equal(PaymentRunStatus.Ready, run.Status);
        Assert.Equal(3, run.Items.Count);
        Assert.Equal(1, run.Version);
    }

    [Fact]
    public void A_run_with_nothing_to_pay_is_empty()
    {
        var run = EmptyRun();

        Assert.Equal(PaymentRunStatus.Empty, run.Status);
        Assert.Empty(run.Items);
        Assert.Equal(Money.Zero, run.Total);
        Assert.Equal(1, run.Version);
    }

    [Fact]
    public void A_new_run_records_its_dates_and_who_made_it_and_is_not_yet_paid()
    {
        var run = ReadyRun();

        Assert.Equal(RunId, run.Id);
        Assert.Equal(RunDate, run.RunDate);
        Assert.Equal(PaymentDate, run.PaymentDate);
        Assert.Null(run.ScheduledFor);
        Assert.Equal(CreatedAt, run.CreatedAt);
        Assert.Equal(Finance, run.CreatedBy);
        Assert.Null(run.PaidAt);
        Assert.Null(run.PaidBy);
    }

    [Fact]
    public void A_run_the_schedule_made_records_the_day_it_was_scheduled_for()
    {
        var run = PaymentRun.Create(RunId, RunDate, PaymentDate, RunDate, Payees.PlanUncapped(Payable), CreatedAt, "payment-run-job");

        Assert.Equal(RunDate, run.ScheduledFor);
        Assert.Equal("payment-run-job", run.CreatedBy);
    }

    [Fact]
    public void Each_planned_item_becomes_a_ready_item_of_the_run_in_the_planned_order()
    {
        var planned = Payees.PlanUncapped(Payable);

        var run = PaymentRun.Create(RunId, RunDate, PaymentDate, null, planned, CreatedAt, Finance);

        Assert.Equal(
            planned.Items.Select(p => (p.PersonId, p.Method, p.Amount)),
            run.Items.Select(i => (i.PersonId, i.Method, i.Amount)));
        Assert.All(run.Items, item =>
        {
            Assert.Equal(RunId, item.RunId);
            Assert.Equal(PaymentItemStatus.Ready, item.Status);
            Assert.Null(item.FailureReason);
            Assert.Null(item.FailedAt);
            Assert.False(item.ReturnedByBank);
        });
    }

    [Fact]
    public void Each_item_has_an_id_of_its_own()
    {
        var run = ReadyRun();

        Assert.All(run.Items, i => Assert.NotEqual(Guid.Empty, i.Id.Value));
        Assert.Equal(run.Items.Count, run.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Each_item_holds_its_claims_live_with_their_amounts()
    {
        var run = ReadyRun();

        var item = SamsBankItem(run);

        Assert.Equal(Money.FromPence(4390), item.Amount);
        Assert.Equal(
            Payable.Where(p => p.PersonId == Sam && p.Method == PaymentMethod.BankTransfer).Select(p => (p.ClaimId, p.Amount)),
            item.Claims.Select(c => (c.ClaimId, c.Amount)));
        Assert.All(run.Items.SelectMany(i => i.Claims.Select(c => (i, c))), pair =>
        {
            Assert.Equal(pair.i.Id, pair.c.ItemId);
            Assert.True(pair.c.Live);
        });
    }

    [Fact]
    public void A_runs_total_is_what_its_items_pay()
    {
        var run = ReadyRun();

        Assert.Equal(PayableTotal, run.Total);
    }

    [Fact]
    public void A_runs_total_leaves_out_failed_items()
    {
        var run = ReadyRun();

        run.FailItem(ItemFor(run, Kim, PaymentMethod.BankTransfer).Id, Reason, Now);

        Assert.Equal(Money.FromPence(5390), run.Total);
    }

    [Fact]
    public void A_runs_total_leaves_out_items_the_bank_returned()
    {
        var run = PaidRun();

        run.FailItem(SamsBankItem(run).Id, Reason, Later);

        Assert.Equal(Money.FromPence(17558), run.Total);
    }
}
