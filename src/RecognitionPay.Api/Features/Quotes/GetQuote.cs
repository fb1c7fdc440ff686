using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Api.Features.Quotes;

/// <summary>"What would I get for this?": prices a claim under the policy in force on its date, storing nothing.</summary>
public static class GetQuote
{
    public sealed record Query(
        string? ActivityTypeCode,
        LocalDate? ActivityDate,
        int? AttendedMinutes,
        int? PrepMinutes,
        int? TravelMinutes,
        IReadOnlyList<ExpenseInput>? Expenses,
        string? Recognition) : IRequest<PricedClaimView>;

    /// <param name="Miles">Up to one decimal place.</param>
    /// <param name="Hours">Up to two decimal places.</param>
    public sealed record ExpenseInput(string? CategoryCode, long? AmountPence, decimal? Miles, decimal? Hours, bool? HasReceipt);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.ActivityTypeCode).NotEmpty().MaximumLength(40);
            RuleFor(q => q.ActivityDate).NotNull();
            RuleFor(q => q.AttendedMinutes).NotNull().InclusiveBetween(0, InputLimits.MinutesInDay);
            RuleFor(q => q.PrepMinutes).InclusiveBetween(0, InputLimits.MinutesInDay);
            RuleFor(q => q.TravelMinutes).InclusiveBetween(0, InputLimits.MinutesInDay);
            RuleFor(q => q.Recognition).Must(r => r is null or "payment" or "voucher" or "decline")
                .WithMessage("Recognition is payment, voucher or decline.");
            RuleFor(q => q.Expenses).Must(e => e is null || e.Count <= 50).WithMessage("A claim has at most 50 expense lines.");
            RuleForEach(q => q.Expenses).ChildRules(expense =>
            {
                expense.RuleFor(e => e.CategoryCode).NotEmpty().MaximumLength(40);
                expense.RuleFor(e => e.AmountPence).InclusiveBetween(0, InputLimits.MaxPence);
                expense.RuleFor(e => e.Miles).InclusiveBetween(0m, InputLimits.MaxMiles).PrecisionScale(7, 1, ignoreTrailingZeros: true);
                expense.RuleFor(e => e.Hours).InclusiveBetween(0m, InputLimits.MaxHours).PrecisionScale(4, 2, ignoreTrailingZeros: true);
            });
        }
    }

    internal sealed class Handler(PolicyBook policies) : IRequestHandler<Query, PricedClaimView>
    {
        public async Task<PricedClaimView> Handle(Query query, CancellationToken cancellationToken)
        {
            var date = query.ActivityDate!.Value;
            var policy = await policies.InForceOnAsync(date, cancellationToken)
                ?? throw FieldRefusal.For("activityDate", $"No policy was in force on {date:yyyy-MM-dd}.");
            return PricedClaimView.From(ClaimPricer.Price(policy, ToClaim(query)));
        }

        private static ClaimToPrice ToClaim(Query query) => new(
            query.ActivityTypeCode!,
            query.ActivityDate!.Value,
            query.AttendedMinutes!.Value,
            query.PrepMinutes ?? 0,
            query.TravelMinutes ?? 0,
            [.. (query.Expenses ?? []).Select(e => new ExpenseToPrice(
                e.CategoryCode!,
                e.AmountPence is { } pence ? Money.FromPence(pence) : null,
                e.Miles is { } miles ? new Miles((long)(miles * 10)) : null,
                e.Hours is { } hours ? new Hours((long)(hours * 100)) : null,
                e.HasReceipt))],
            query.Recognition == "decline" ? Recognition.Decline : query.Recognition == "voucher" ? Recognition.Voucher : Recognition.Payment);
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/quotes", async (Query query, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(query, cancellationToken)))
            .RequireAnyRole()
            .WithTags("Quotes")
            .ProducesValidationProblem()
            .WithName("GetQuote")
            .WithSummary("What would I get for this? Prices a claim without storing anything");
}
