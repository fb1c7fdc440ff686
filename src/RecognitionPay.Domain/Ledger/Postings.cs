using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Ledger;

/// <summary>The posting rules of design.md, one method per event.</summary>
public static class Postings
{
    public const string ClaimApprovedKind = "ClaimApproved";
    public const string PaymentItemCreatedKind = "PaymentItemCreated";
    public const string PaymentItemPaidKind = "PaymentItemPaid";
    public const string PaymentItemFailedKind = "PaymentItemFailed";
    public const string PayWaivedKind = "PayWaived";

    /// <summary>
    /// Claim approved: Dr expense (involvement, preparation, travel time, each expense category) / Cr the person's
    /// payable. A claim that comes to nothing posts nothing.
    /// </summary>
    public static LedgerEntry? ClaimApproved(Claim claim)
    {
        var payable = Account.Payable(claim.PersonId);
        var postings = claim.Lines
            .Where(line => line.Amount.Pence > 0)
            .GroupBy(line => ExpenseAccount(line))
            .Select(group => new Posting(group.Key, payable, group.Aggregate(Money.Zero, (sum, line) => sum + line.Amount)))
            .ToList();
        return postings.Count == 0 ? null : new LedgerEntry(ClaimApprovedKind, postings);
    }

    /// <summary>Payment run created: Dr the person's payable / Cr in-transit, for what the item pays.</summary>
    public static LedgerEntry PaymentItemCreated(PaymentItem item) =>
        new(PaymentItemCreatedKind, [new Posting(Account.Payable(item.PersonId), Account.InTransit, item.Amount)]);

    /// <summary>Run paid: Dr in-transit / Cr bank, for an item that did not fail.</summary>
    public static LedgerEntry PaymentItemPaid(PaymentItem item) =>
        new(PaymentItemPaidKind, [new Posting(Account.InTransit, Account.Bank, item.Amount)]);

    /// <summary>Over-cap pay waived: Dr the person's payable / Cr expense:involvement. The person is no longer owed it.</summary>
    public static LedgerEntry PayWaived(PaymentHoldback waived) =>
        new(PayWaivedKind, [new Posting(Account.Payable(waived.PersonId), Account.Involvement, waived.Amount)]);

    /// <summary>
    /// Item failed: before the run was paid, Dr in-transit / Cr payable; returned by the bank after, Dr bank /
    /// Cr payable. Either way the person is owed it again.
    /// </summary>
    public static LedgerEntry PaymentItemFailed(PaymentItem item) =>
        new(PaymentItemFailedKind, [new Posting(item.ReturnedByBank ? Account.Bank : Account.InTransit, Account.Payable(item.PersonId), item.Amount)]);

    private static Account ExpenseAccount(ClaimLine line) => line.Kind switch
    {
        LineKind.Involvement => Account.Involvement,
        LineKind.Prep => Account.Preparation,
        LineKind.Travel => Account.TravelTime,
        _ => Account.Reimbursement(line.Code),
    };
}
