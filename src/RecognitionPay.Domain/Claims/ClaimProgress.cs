using NodaTime;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Claims;

/// <summary>A part of a claim in a payment: when it is (or was) to be paid, how much, and what became of it.</summary>
public sealed record ClaimPayment(LocalDate PaymentDate, Money Amount, PaymentItemStatus Status, string? FailureReason);

/// <summary>
/// What the next payment run is expected to do with what a claim still owes: pay it, defer it (to be paid from the
/// day the limiting benefit period ends) or waive it.
/// </summary>
public sealed record ExpectedPayment(LocalDate PaymentDate, Money Paid, Money Deferred, Money Waived, LocalDate? DeferredFrom)
{
    public static ExpectedPayment Of(BenefitsEffect effect) =>
        new(effect.PaymentDate, effect.Paid + effect.Expenses, effect.Deferred, effect.Waived, effect.Applies?.Period?.End.PlusDays(1));
}

/// <summary>
/// Where a claim has got to, in short plain sentences that stay true whatever happens next: a promise of payment
/// is made only for money in a run, or expected by the next one, and never for money no run can pay.
/// </summary>
public static class ClaimProgress
{
    /// <param name="payments">Every part of the claim put in a run, failed ones too.</param>
    /// <param name="heldBack">Its pay held back now by a benefits limit.</param>
    /// <param name="owedNow">What it still owes that is in no live payment.</param>
    /// <param name="next">The next run's expected effect on what it owes, if one can be said.</param>
    public static IReadOnlyList<string> Sentences(
        Claim claim, PaymentMethod method, IReadOnlyList<ClaimPayment> payments, IReadOnlyList<HeldBack> heldBack, Money owedNow, ExpectedPayment? next) =>
        claim.Status switch
        {
            ClaimStatus.Submitted => ["We are checking it."],
            ClaimStatus.Returned => [$"Please change something: {Sentence(claim.Reason)}", "Then send it again."],
            ClaimStatus.Rejected => [$"We cannot pay this claim: {Sentence(claim.Reason)}"],
            ClaimStatus.Withdrawn => ["You took this claim back."],
            _ => Payments(claim, method, payments, heldBack, owedNow, next),
        };

    private static List<string> Payments(Claim claim, PaymentMethod method, IReadOnlyList<ClaimPayment> payments, IReadOnlyList<HeldBack> heldBack, Money owedNow, ExpectedPayment? next)
    {
        var sentences = new List<string>();
        if (claim.Total.IsZero)
        {
            sentences.Add("You said no thank you to payment. Thank you for taking part.");
        }

        foreach (var payment in payments.OrderBy(p => p.PaymentDate))
        {
            sentences.Add(payment.Status switch
            {
                PaymentItemStatus.Ready => $"We will pay {payment.Amount} on {PeriodWording.Day(payment.PaymentDate)}.",
                PaymentItemStatus.Paid => $"We paid {payment.Amount} on {PeriodWording.Day(payment.PaymentDate)}.",
                _ => $"The payment of {payment.Amount} on {PeriodWording.Day(payment.PaymentDate)} did not reach you: {Sentence(payment.FailureReason)}",
            });
        }

        foreach (var waived in heldBack.Where(h => h.Outcome == HoldbackOutcome.Waived))
        {
            sentences.Add($"{waived.Amount} was over your benefits limit. You chose not to be paid it.");
        }

        if (!owedNow.IsZero)
        {
            sentences.AddRange(method == PaymentMethod.None ? NoWayToPay() : StillOwed(owedNow, heldBack, next));
        }

        return sentences;
    }

    private static string[] NoWayToPay() =>
        ["We do not pay you by bank transfer or voucher.", "Staff will be in touch about how we thank you."];

    private static List<string> StillOwed(Money owedNow, IReadOnlyList<HeldBack> heldBack, ExpectedPayment? next)
    {
        var deferred = heldBack.FirstOrDefault(h => h.Outcome == HoldbackOutcome.Deferred);
        if (next is null)
        {
            return [$"We will pay {owedNow} in a payment run soon."];
        }

        var sentences = new List<string>();
        if (!next.Paid.IsZero)
        {
            sentences.Add($"We expect to pay {next.Paid} on {PeriodWording.Day(next.PaymentDate)}.");
        }

        if (!next.Deferred.IsZero)
        {
            sentences.Add((next.DeferredFrom ?? deferred?.ExpectedFrom) is { } from
                ? $"{next.Deferred} is held back by your benefits limit. We expect to pay it from {PeriodWording.Day(from)}."
                : $"{next.Deferred} is over your benefits limit. It will wait for a later payment.");
        }

        if (!next.Waived.IsZero)
        {
            sentences.Add($"{next.Waived} is over your benefits limit. You chose not to be paid it.");
        }

        return sentences;
    }

    /// <summary>A reason as a sentence: trimmed, with a full stop if it has none.</summary>
    private static string Sentence(string? reason)
    {
        var text = (reason ?? "").Trim();
        return text.Length == 0 ? "" : text[^1] is '.' or '!' or '?' ? text : $"{text}.";
    }
}
