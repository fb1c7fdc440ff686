using NodaTime;
using RecognitionPay.Domain.Ledger;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>The posting rules for a payment run's items: created, paid, and failed before or after payment.</summary>
public sealed partial class PostingsTests
{
    private static readonly Instant RunCreatedAt = Instant.FromUtc(2026, 6, 1, 8, 0);

    /// <summary>A run paying this person 4390p by bank transfer, for two claims.</summary>
    private static PaymentRun RunPayingThePerson() => PaymentRun.Create(
        PaymentRunId.New(), new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 4), null,
        Payees.PlanUncapped(
        [
            new(ClaimId.New(), PersonId, PaymentMethod.BankTransfer, Money.FromPence(3750), Money.Zero),
            new(ClaimId.New(), PersonId, PaymentMethod.BankTransfer, Money.FromPence(640), Money.Zero),
        ]),
        RunCreatedAt, "bea.finance@council.example");

    private static void AssertOnePosting(LedgerEntry entry, string kind, Account debit, Account credit, Money amount)
    {
        Assert.Equal(kind, entry.Kind);
        var posting = Assert.Single(entry.Postings);
        Assert.Equal((debit, credit, amount), (posting.Debit, posting.Credit, posting.Amount));
    }

    [Fact]
    public void A_payment_item_created_moves_what_it_pays_from_the_persons_payable_to_in_transit()
    {
        var item = Assert.Single(RunPayingThePerson().Items);

        AssertOnePosting(Postings.PaymentItemCreated(item), Postings.PaymentItemCreatedKind, Payable, Account.InTransit, Money.FromPence(4390));
    }

    [Fact]
    public void A_payment_item_paid_moves_what_it_pays_from_in_transit_to_the_bank()
    {
        var run = RunPayingThePerson();
        run.MarkPaid(RunCreatedAt + Duration.FromDays(3), "bea.finance@council.example", []);

        AssertOnePosting(Postings.PaymentItemPaid(Assert.Single(run.Items)), Postings.PaymentItemPaidKind, Account.InTransit, Account.Bank, Money.FromPence(4390));
    }

    [Fact]
    public void A_payment_item_failed_before_the_run_is_paid_moves_it_from_in_transit_back_to_the_persons_payable()
    {
        var run = RunPayingThePerson();
        var item = run.FailItem(Assert.Single(run.Items).Id, "Account closed.", RunCreatedAt + Duration.FromHours(1));

        AssertOnePosting(Postings.PaymentItemFailed(item), Postings.PaymentItemFailedKind, Account.InTransit, Payable, Money.FromPence(4390));
    }

    [Fact]
    public void A_payment_item_returned_by_the_bank_moves_it_from_the_bank_back_to_the_persons_payable()
    {
        var run = RunPayingThePerson();
        run.MarkPaid(RunCreatedAt + Duration.FromDays(3), "bea.finance@council.example", []);
        var item = run.FailItem(Assert.Single(run.Items).Id, "Account closed.", RunCreatedAt + Duration.FromDays(5));

        AssertOnePosting(Postings.PaymentItemFailed(item), Postings.PaymentItemFailedKind, Account.Bank, Payable, Money.FromPence(4390));
    }
}
