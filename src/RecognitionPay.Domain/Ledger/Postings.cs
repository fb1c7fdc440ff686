using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Ledger;

/// <summary>The posting rules of design.md, one method per event.</summary>
public static class Postings
{
    public const string ClaimApprovedKind = "ClaimApproved";

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

    private static Account ExpenseAccount(ClaimLine line) => line.Kind switch
    {
        LineKind.Involvement => Account.Involvement,
        LineKind.Prep => Account.Preparation,
        LineKind.Travel => Account.TravelTime,
        _ => Account.Reimbursement(line.Code),
    };
}
