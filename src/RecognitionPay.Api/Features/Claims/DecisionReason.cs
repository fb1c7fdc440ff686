using FluentValidation;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>The body of a rejection or a return: why, so the claimant knows what to do next.</summary>
public sealed record DecisionReason(string? Reason);

internal sealed class DecisionReasonValidator : AbstractValidator<DecisionReason>
{
    public DecisionReasonValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why, so the claimant knows what to do next.").Visible().MaximumLength(InputLimits.MaxNoteLength);
}
