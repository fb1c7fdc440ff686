using NodaTime;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.PaymentRuns;

/// <summary>
/// A payment run (design.md, "Background runs" and "The ledger"), one concern per partial file: creating it, marking it
/// paid, and failing single items before or after it is paid. Runs are planned from claims by the planner, as
/// CreatePaymentRun does.
/// </summary>
public sealed partial class PaymentRunTests
{
    /// <summary>The member of finance who creates runs and marks them paid.</summary>
    private const string Finance = "bea.finance@council.example";

    /// <summary>Why an item failed, when the test is not about the reason.</summary>
    private const string Reason = "The bank says the account is closed.";

    private static readonly PaymentRunId RunId = new(new Guid("7a7a7a7a-0000-4000-8000-000000000001"));

    private static readonly PersonId Sam = new(new Guid("11111111-1111-4111-8111-111111111111"));

    private static readonly PersonId Kim = new(new Guid("22222222-2222-4222-8222-222222222222"));

    // A Monday, and the Thursday after it.
    private static readonly LocalDate RunDate = new(2026, 6, 1);

    private static readonly LocalDate PaymentDate = new(2026, 6, 4);

    private static readonly Instant CreatedAt = Instant.FromUtc(2026, 6, 1, 8, 0);

    private static readonly Instant Now = CreatedAt + Duration.FromHours(3);

    private static readonly Instant Later = Now + Duration.FromDays(2);

    // Sam: two claims by bank transfer (3750p and 640p) and one by voucher (1000p). Kim: one by bank transfer (16558p).
    private static readonly PayableClaim[] Payable =
    [
        new(new ClaimId(new Guid("c1a10001-0000-4000-8000-000000000000")), Sam, PaymentMethod.BankTransfer, Money.FromPence(3750), Money.Zero),
        new(new ClaimId(new Guid("c1a10002-0000-4000-8000-000000000000")), Sam, PaymentMethod.BankTransfer, Money.FromPence(640), Money.Zero),
        new(new ClaimId(new Guid("c1a10003-0000-4000-8000-000000000000")), Sam, PaymentMethod.Voucher, Money.FromPence(1000), Money.Zero),
        new(new ClaimId(new Guid("c1a10004-0000-4000-8000-000000000000")), Kim, PaymentMethod.BankTransfer, Money.FromPence(16558), Money.Zero),
    ];

    private static readonly Money PayableTotal = Money.FromPence(21948);

    private static PaymentRun ReadyRun() =>
        PaymentRun.Create(RunId, RunDate, PaymentDate, null, Payees.PlanUncapped(Payable), CreatedAt, Finance);

    private static PaymentRun EmptyRun() =>
        PaymentRun.Create(RunId, RunDate, PaymentDate, RunDate, Payees.PlanUncapped([]), CreatedAt, Finance);

    private static PaymentRun PaidRun()
    {
        var run = ReadyRun();
        run.MarkPaid(Now, Finance, []);
        return run;
    }

    private static PaymentItem ItemFor(PaymentRun run, PersonId personId, PaymentMethod method) =>
        run.Items.Single(i => i.PersonId == personId && i.Method == method);

    private static PaymentItem SamsBankItem(PaymentRun run) => ItemFor(run, Sam, PaymentMethod.BankTransfer);

    /// <summary>Asserts that <paramref name="change"/> is refused with <paramref name="code"/> and leaves the run as it was.</summary>
    private static void AssertRefused(PaymentRun run, string code, Action change)
    {
        var before = PaymentRunState.Of(run);

        var refusal = Assert.Throws<PaymentRunRefusal>(change);

        Assert.Equal(code, refusal.Code);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        Assert.Equal(before, PaymentRunState.Of(run));
    }

    /// <summary>Everything a change could touch on a run, its items and their claims, to compare before and after.</summary>
    private sealed record PaymentRunState(PaymentRunStatus Status, long Version, Instant? PaidAt, string? PaidBy, Money Total, string Items)
    {
        public static PaymentRunState Of(PaymentRun run) => new(
            run.Status, run.Version, run.PaidAt, run.PaidBy?.Name, run.Total,
            string.Join("; ", run.Items.Select(i =>
                $"{i.Id} {i.Status} {i.Amount.Pence}p {i.FailureReason} {i.FailedAt} {i.ReturnedByBank} " +
                $"[{string.Join(", ", i.Claims.Select(c => $"{c.ClaimId} {c.Amount.Pence}p {c.Live}"))}]")));
    }
}
