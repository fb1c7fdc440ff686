using NodaTime;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>A payment run as finance sees it; the list leaves out the items.</summary>
public sealed record PaymentRunView(
    Guid Id,
    LocalDate RunDate,
    LocalDate PaymentDate,
    string Status,
    int ItemCount,
    long TotalPence,
    Instant CreatedAt,
    string CreatedBy,
    Instant? PaidAt,
    IReadOnlyList<PaymentItemView>? Items)
{
    public static PaymentRunView From(PaymentRun run, bool withItems = true) =>
        Of(run, run.Items.Count, run.Total, withItems ? [.. run.Items.Select(PaymentItemView.From)] : null);

    /// <summary>A run read without its items, whose count and total (of the items not failed) were counted by the database.</summary>
    public static PaymentRunView Counted(PaymentRun run, int itemCount, Money total) => Of(run, itemCount, total, items: null);

    private static PaymentRunView Of(PaymentRun run, int itemCount, Money total, IReadOnlyList<PaymentItemView>? items) => new(
        run.Id.Value,
        run.RunDate,
        run.PaymentDate,
        run.Status.ToString(),
        itemCount,
        total.Pence,
        run.CreatedAt,
        run.CreatedBy.Name,
        run.PaidAt,
        items);
}

public sealed record PaymentItemView(Guid Id, Guid PersonId, string Method, long AmountPence, IReadOnlyList<Guid> ClaimIds, string Status, string? FailureReason, Instant? FailedAt)
{
    public static PaymentItemView From(PaymentItem item) => new(
        item.Id.Value,
        item.PersonId.Value,
        PaymentChoiceNames.Name(item.Method),
        item.Amount.Pence,
        [.. item.Claims.Select(c => c.ClaimId.Value)],
        item.Status.ToString(),
        item.FailureReason,
        item.FailedAt);
}
