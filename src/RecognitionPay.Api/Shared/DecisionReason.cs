using FluentValidation;
using RecognitionPay.Api.Http;

namespace RecognitionPay.Api.Shared;

/// <summary>Why staff decided as they did (rejecting or returning a claim, failing a payment): the body those routes share.</summary>
public sealed record DecisionReason(string? Reason);

internal sealed class DecisionReasonValidator : AbstractValidator<DecisionReason>
{
    public DecisionReasonValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why, so the claimant knows what to do next.").Visible().MaximumLength(InputLimits.MaxNoteLength);
}
