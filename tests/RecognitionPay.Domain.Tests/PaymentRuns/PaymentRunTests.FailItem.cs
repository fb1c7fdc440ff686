using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.PaymentRuns;

public sealed partial class PaymentRunTests
{
    public static TheoryData<string?> BlankReasons() => new() { null, "", " ", "\t", "\r\n", " \t\n " };

    [Fact]
    public void An_item_failed_before_the_run_is_paid_is_failed_but_not_returned_by_the_bank()
    {
        var run = ReadyRun();
        var item = SamsBankItem(run);

        var failed = run.FailItem(item.Id, Reason, Now);

        Assert.Same(item, failed);
        Assert.Equal(PaymentItemStatus.Failed, item.Status);
        Assert.False(item.ReturnedByBank);
        Assert.Equal(Reason, item.FailureReason);
        Assert.Equal(Now, item.FailedAt);
        Assert.Equal(PaymentRunStatus.Ready, run.Status);
    }

    [Fact]
    public void An_item_returned_by_the_bank_after_the_run_is_paid_is_failed_and_returned_by_the_bank()
    {
        var run = PaidRun();
        var item = SamsBankItem(run);

        run.FailItem(item.Id, Reason, Later);

        Assert.Equal(PaymentItemStatus.Failed, item.Status);
        Assert.True(item.ReturnedByBank);
        Assert.Equal(Reason, item.FailureReason);
        Assert.Equal(Later, item.FailedAt);
        Assert.Equal(PaymentRunStatus.Paid, run.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_failed_items_claims_are_released_for_the_next_run(bool afterPayment)
    {
        var run = afterPayment ? PaidRun() : ReadyRun();
        var item = SamsBankItem(run);

        run.FailItem(item.Id, Reason, Later);

        Assert.Equal(2, item.Claims.Count);
        Assert.All(item.Claims, c => Assert.False(c.Live));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Failing_one_item_leaves_the_others_as_they_were(bool afterPayment)
    {
        var run = afterPayment ? PaidRun() : ReadyRun();
        var others = run.Items.Where(i => i.PersonId != Sam || i.Method != PaymentMethod.BankTransfer).ToList();
        var expected = afterPayment ? PaymentItemStatus.Paid : PaymentItemStatus.Ready;

        run.FailItem(SamsBankItem(run).Id, Reason, Later);

        Assert.Equal(2, others.Count);
        Assert.All(others, i =>
        {
            Assert.Equal(expected, i.Status);
            Assert.Null(i.FailureReason);
            Assert.All(i.Claims, c => Assert.True(c.Live));
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Failing_an_item_raises_the_runs_version_by_one(bool afterPayment)
    {
        var run = afterPayment ? PaidRun() : ReadyRun();
        var version = run.Version;

        run.FailItem(SamsBankItem(run).Id, Reason, Later);

        Assert.Equal(version + 1, run.Version);
    }

    [Theory]
    [InlineData("  Account closed.  ", "Account closed.")]
    [InlineData("\tAccount closed.\r\n", "Account closed.")]
    [InlineData("Account closed.", "Account closed.")]
    public void A_failure_reason_is_kept_without_the_spaces_around_it(string given, string kept)
    {
        var run = ReadyRun();

        var item = run.FailItem(SamsBankItem(run).Id, given, Now);

        Assert.Equal(kept, item.FailureReason);
    }

    [Fact]
    public void Failing_an_item_the_run_does_not_have_is_refused()
    {
        var run = ReadyRun();

        AssertRefused(run, "UnknownItem", () => run.FailItem(PaymentItemId.New(), Reason, Now));
    }

    [Fact]
    public void Failing_an_item_of_another_run_is_refused()
    {
        var run = ReadyRun();
        var other = PaymentRun.Create(PaymentRunId.New(), RunDate, PaymentDate, null, Payees.PlanUncapped(Payable), CreatedAt, Finance);

        AssertRefused(run, "UnknownItem", () => run.FailItem(SamsBankItem(other).Id, Reason, Now));
    }

    [Fact]
    public void Failing_an_item_of_an_empty_run_is_refused()
    {
        var run = EmptyRun();

        AssertRefused(run, "UnknownItem", () => run.FailItem(PaymentItemId.New(), Reason, Now));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Failing_an_item_a_second_time_is_refused(bool afterPayment)
    {
        var run = afterPayment ? PaidRun() : ReadyRun();
        var item = SamsBankItem(run);
        run.FailItem(item.Id, Reason, Later);

        AssertRefused(run, "ItemAlreadyFailed", () => run.FailItem(item.Id, "The bank returned it again.", Later));
    }

    [Fact]
    public void An_item_failed_before_payment_cannot_be_failed_again_once_the_run_is_paid()
    {
        var run = ReadyRun();
        var item = SamsBankItem(run);
        run.FailItem(item.Id, Reason, Now);
        run.MarkPaid(Later, Finance, []);

        AssertRefused(run, "ItemAlreadyFailed", () => run.FailItem(item.Id, Reason, Later));
        Assert.False(item.ReturnedByBank);
    }

    [Theory]
    [MemberData(nameof(BlankReasons))]
    public void Failing_an_item_without_a_reason_is_refused(string? reason)
    {
        var run = ReadyRun();

        AssertRefused(run, "ReasonRequired", () => run.FailItem(SamsBankItem(run).Id, reason!, Now));
    }

    [Theory]
    [MemberData(nameof(BlankReasons))]
    public void Returning_an_item_without_a_reason_is_refused(string? reason)
    {
        var run = PaidRun();

        AssertRefused(run, "ReasonRequired", () => run.FailItem(SamsBankItem(run).Id, reason!, Later));
    }
}
