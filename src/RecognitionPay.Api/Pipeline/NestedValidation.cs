using FluentValidation;

namespace RecognitionPay.Api.Pipeline;

public static class NestedValidation
{
    /// <summary>
    /// Validates a wrapped body with its own validator, naming fields as the body names them ("attendedMinutes",
    /// not "claim.attendedMinutes"), since clients sent the body, not the command around it.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, TBody> ValidatedAsSent<T, TBody>(this IRuleBuilder<T, TBody> rule, IValidator<TBody> validator) =>
        rule.Custom((body, context) =>
        {
            foreach (var failure in validator.Validate(body).Errors)
            {
                context.AddFailure(failure);
            }
        });
}
