using MediatR;
using Microsoft.AspNetCore.Mvc;
using RecognitionPay.Api.PageParts;
using RecognitionPay.Api.PolicyLanguage;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// A question answered by choosing expense categories of the policy (ways of travelling, or other costs), or the
/// one choice that says there were none; choosing both is refused.
/// </summary>
public abstract class CostChoiceQuestion(ClaimJourney journey, IMediator mediator) : QuestionPage(journey, mediator)
{
    private const string Nothing = "nothing";

    [BindProperty(Name = "costs")]
    public List<string> Chosen { get; set; } = [];

    public Choices Choices => new("costs", Heading, Hint, Options, Chosen, Errors.For("costs"), Several: true);

    protected override string FirstField => "costs";

    protected abstract string Heading { get; }

    protected abstract string Hint { get; }

    protected abstract string NothingLabel { get; }

    protected abstract string NothingPicture { get; }

    protected abstract bool Offers(ExpenseCategory category);

    protected abstract IReadOnlyList<string>? ChosenIn(ClaimAnswers answers);

    /// <summary>The answers with these categories chosen (none: empty), keeping the amounts already written for them.</summary>
    protected abstract ClaimAnswers With(ClaimAnswers answers, IReadOnlyList<string> codes);

    private IReadOnlyList<Choice>? _options;

    private IReadOnlyList<Choice> Options => _options ??=
    [
        .. (State.Policy?.ExpenseCategories ?? []).Where(Offers).Select(c => new Choice(c.Code, c.EasyRead ?? c.Name, Pictures.Path(c.Picture, "cost"))),
        new(Nothing, NothingLabel, Pictures.Path(NothingPicture, "cost"), Before: "or", Exclusive: true),
    ];

    protected override void Show(ClaimAnswers answers) =>
        Chosen = ChosenIn(answers) switch { null => [], { Count: 0 } => [Nothing], var codes => [.. codes] };

    protected override ClaimAnswers Answer(ClaimAnswers answers)
    {
        var known = Chosen.Where(c => Options.Any(o => o.Value == c)).Distinct().ToList();
        if (known.Count == 0 || (known.Contains(Nothing) && known.Count > 1))
        {
            Errors.Add("costs", known.Count == 0 ? $"Choose at least one, or choose \"{NothingLabel}\"" : $"Choose what you paid for, or choose \"{NothingLabel}\" Do not choose both.");
            return answers;
        }

        return With(answers, [.. known.Where(c => c != Nothing)]);
    }

    /// <summary>The amounts already written for <paramref name="codes"/>, or none when one of them has no amount yet (so its question is asked).</summary>
    protected static IReadOnlyList<CostAnswer>? Kept(IReadOnlyList<CostAnswer>? amounts, IReadOnlyList<string> codes) =>
        codes.Count == 0 ? [] : codes.All(code => amounts?.Any(a => a.Code == code) == true) ? [.. amounts!.Where(a => codes.Contains(a.Code))] : null;
}
