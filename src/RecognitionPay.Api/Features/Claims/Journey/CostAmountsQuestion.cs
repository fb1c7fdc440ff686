using MediatR;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>How much each chosen cost was: the boxes each one's kind needs, all on one page.</summary>
public abstract class CostAmountsQuestion(ClaimJourney journey, IMediator mediator) : QuestionPage(journey, mediator)
{
    protected override string FirstField => Asked.FirstOrDefault()?.FirstBox ?? "cost";

    public IReadOnlyList<CostQuestion> Asked =>
    [
        .. (CodesIn(State.Answers) ?? [])
            .Select(code => State.Policy?.FindExpenseCategory(code))
            .OfType<ExpenseCategory>()
            .Select(category => CostQuestion.For(
                category,
                $"cost-{category.Code}",
                asHeading: false,
                Request.HasFormContentType ? name => Request.Form[name].FirstOrDefault() : null,
                AmountsIn(State.Answers)?.FirstOrDefault(a => a.Code == category.Code),
                Errors)),
    ];

    protected abstract IReadOnlyList<string>? CodesIn(ClaimAnswers answers);

    protected abstract IReadOnlyList<CostAnswer>? AmountsIn(ClaimAnswers answers);

    protected abstract ClaimAnswers With(ClaimAnswers answers, IReadOnlyList<CostAnswer> amounts);

    protected override ClaimAnswers Answer(ClaimAnswers answers)
    {
        var costs = Asked.Select(q => q.Read(Errors)).ToList();
        return Errors.Any ? answers : With(answers, [.. costs.OfType<CostAnswer>()]);
    }
}
