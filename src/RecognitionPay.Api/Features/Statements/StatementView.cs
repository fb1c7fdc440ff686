using NodaTime;
using RecognitionPay.Api.Shared;

namespace RecognitionPay.Api.Features.Statements;

/// <summary>
/// What a person was paid in a UK tax year, in a form they can show to DWP or HMRC: every payment by payment date,
/// payments that failed and why, pay held back by a benefits limit, and totals per benefit period and for the year.
/// </summary>
public sealed record StatementView(
    Guid PersonId,
    string DisplayName,
    int TaxYear,
    LocalDate FirstDay,
    LocalDate LastDay,
    IReadOnlyList<StatementPayment> Payments,
    IReadOnlyList<StatementFailedPayment> FailedPayments,
    IReadOnlyList<HeldBackView> HeldBack,
    IReadOnlyList<StatementPeriod> Periods,
    long DeferredPence,
    long WaivedPence,
    long TotalInvolvementPence,
    long TotalExpensesPence,
    Instant GeneratedAt);

/// <summary>One payment: its date, the pay (counted as earnings) and expenses (not counted) in it, and the claims it paid.</summary>
/// <param name="Status">Paid (its run was marked paid) or Due (in a run not yet paid); totals and periods count Paid only.</param>
public sealed record StatementPayment(LocalDate PaymentDate, long InvolvementPence, long ExpensesPence, IReadOnlyList<Guid> ClaimIds, string Method, string Status, Guid RunId)
{
    public const string Paid = "Paid";

    public const string Due = "Due";
}

/// <summary>A payment that did not reach the person: it is owed again and a later payment pays it.</summary>
public sealed record StatementFailedPayment(LocalDate PaymentDate, long AmountPence, long InvolvementPence, string Reason, LocalDate? FailedOn, bool ReturnedByBank, IReadOnlyList<Guid> ClaimIds);

/// <summary>Pay counted in one benefit period (by payment date) against the limit for it, if it has one.</summary>
public sealed record StatementPeriod(string BenefitKind, string BenefitName, LocalDate PeriodStart, LocalDate PeriodEnd, long? LimitPence, long InvolvementPence);
