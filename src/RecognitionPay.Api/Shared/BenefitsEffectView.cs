using NodaTime;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Api.Shared;

/// <summary>
/// What the next payment run is expected to do with a claim's pay for this person: paid, deferred or waived, each
/// declared benefit's limit and room in the period containing the payment date, and the same in short sentences.
/// </summary>
public sealed record BenefitsEffectView(
    LocalDate NextPaymentDate,
    long PaidPence,
    long DeferredPence,
    long WaivedPence,
    string? LimitApplied,
    IReadOnlyList<BenefitLimitView> Limits,
    IReadOnlyList<string> Messages)
{
    public static BenefitsEffectView From(BenefitsEffect effect) => new(
        effect.PaymentDate,
        effect.Paid.Pence,
        effect.Deferred.Pence,
        effect.Waived.Pence,
        effect.Deferred.IsZero && effect.Waived.IsZero ? null : effect.Applies?.Rule.Kind,
        [.. effect.Before.Limits.Zip(effect.After.Limits, (before, after) => new BenefitLimitView(
            before.Rule.Kind,
            before.Rule.Name,
            before.Period?.Start,
            before.Period?.End,
            before.Limit?.Pence,
            before.Counted.Pence,
            before.Room?.Pence,
            after.Room?.Pence))],
        effect.Sentences);
}

/// <param name="CountedPence">Pay already counted in the period, or owed and due in the same run, before this claim.</param>
/// <param name="RoomPence">Room left before this claim; none when the benefit sets no limit.</param>
/// <param name="RoomAfterPence">Room left once this claim's paid part is counted.</param>
public sealed record BenefitLimitView(string BenefitKind, string Name, LocalDate? PeriodStart, LocalDate? PeriodEnd, long? LimitPence, long CountedPence, long? RoomPence, long? RoomAfterPence);
