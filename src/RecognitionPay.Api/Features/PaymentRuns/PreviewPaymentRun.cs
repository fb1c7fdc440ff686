using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// What a run made now would pay, and what benefits limits would defer or waive, without making it: the same plan
/// <see cref="CreatePaymentRun"/> makes, so finance can look before confirming. Nothing is stored.
/// </summary>
public static class PreviewPaymentRun
{
    public sealed record Query(LocalDate? PaymentDate) : IRequest<RunPreview>;

    public sealed record RunPreview(LocalDate PaymentDate, int ItemCount, long TotalPence, long DeferredPence, long WaivedPence, IReadOnlyList<PreviewItem> Items, IReadOnlyList<PreviewHoldback> HeldBack);

    public sealed record PreviewItem(Guid PersonId, string DisplayName, string Method, long AmountPence, IReadOnlyList<Guid> ClaimIds);

    public sealed record PreviewHoldback(Guid PersonId, string DisplayName, Guid ClaimId, string Outcome, long AmountPence, string Reason);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IClock clock) => RuleFor(q => q.PaymentDate).WithinReach(clock);
    }

    internal sealed class Handler(PaymentRunPlanning planning, UntouchedClaims untouched, PersonNames people) : IRequestHandler<Query, RunPreview>
    {
        public async Task<RunPreview> Handle(Query query, CancellationToken cancellationToken)
        {
            var (_, paymentDate, _, _, plan) = await planning.PlanAsync(query.PaymentDate, cancellationToken);
            var names = await people.OfAsync(plan.Items.Select(i => i.PersonId.Value).Concat(plan.Holdbacks.Select(h => h.PersonId.Value)), cancellationToken);
            var paidWhole = await untouched.IdsAsync(plan.Items.Where(i => i.InFull is not null).Select(i => i.PersonId).ToList(), cancellationToken);
            string Name(PersonId id) => names.GetValueOrDefault(id.Value, "");
            long Sum(HoldbackOutcome outcome) => plan.Holdbacks.Where(h => h.Outcome == outcome).Sum(h => h.Amount.Pence);
            return new(
                paymentDate,
                plan.Items.Count,
                plan.Items.Sum(i => i.Amount.Pence),
                Sum(HoldbackOutcome.Deferred),
                Sum(HoldbackOutcome.Waived),
                [.. plan.Items.OrderBy(i => Name(i.PersonId), StringComparer.Ordinal).Select(i => new PreviewItem(i.PersonId.Value, Name(i.PersonId), PaymentChoiceNames.Name(i.Method), i.Amount.Pence, [.. i.Claims.Select(c => c.ClaimId.Value).Concat(paidWhole[i.PersonId].Select(c => c.Value))]))],
                [.. plan.Holdbacks.OrderBy(h => Name(h.PersonId), StringComparer.Ordinal).Select(h => new PreviewHoldback(h.PersonId.Value, Name(h.PersonId), h.ClaimId.Value, h.Outcome.ToString().ToLowerInvariant(), h.Amount.Pence, h.Reason))]);
        }
    }

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapGet("/preview", async (string? paymentDate, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(QueryDates.Parse(paymentDate, "paymentDate")), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("PreviewPaymentRun")
            .WithSummary("What a run made now would pay, and what benefits limits would defer or waive; nothing is stored");
}
