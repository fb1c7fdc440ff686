using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RecognitionPay.Api.PageParts;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// One question of the claim: shows the answer so far, checks the new one, keeps it in the draft and goes on to the
/// next question (or back to the check page after a change). A question that does not apply to this claim, or that
/// comes after one not yet answered, sends the person to the question they have reached.
/// </summary>
[PageRoles(Roles.CoProducer, Roles.Staff)]
public abstract class QuestionPage(ClaimJourney journey, IMediator mediator) : PageModel
{
    public abstract string Question { get; }

    protected IMediator Mediator => mediator;

    public JourneyState State { get; private set; } = null!;

    /// <summary>Set when the person came from the check page to change this answer.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    public string BackLink => Change ? $"/claim/{ClaimQuestions.Check}" : State.BackFrom(Question);

    public PageErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Show(State.Answers);
        await PrepareAsync(cancellationToken);
        return Page();
    }

    public virtual async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var answers = await AnswerAsync(State.Answers, cancellationToken);
        if (!Errors.Any)
        {
            try
            {
                await mediator.Send(new SaveClaimAnswers.Command(answers, State.For), cancellationToken);
                return Redirect((State with { Answers = answers }).After(Question, Change));
            }
            catch (ValidationException invalid)
            {
                Errors.Add(FirstField, invalid.Errors.First().ErrorMessage);
            }
            catch (Refusal refused)
            {
                Errors.Add(FirstField, refused.Message);
            }
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    /// <summary>The id of the page's first field, where the error summary's link for a rule of the service goes.</summary>
    protected abstract string FirstField { get; }

    /// <summary>Fills the form from the answers so far.</summary>
    protected virtual void Show(ClaimAnswers answers)
    {
    }

    /// <summary>The answers with this page's answer in them; adds to <see cref="Errors"/> what is wrong with it.</summary>
    protected virtual ClaimAnswers Answer(ClaimAnswers answers) => answers;

    /// <summary>As <see cref="Answer"/>, for a page that must look something up to check its answer.</summary>
    protected virtual Task<ClaimAnswers> AnswerAsync(ClaimAnswers answers, CancellationToken cancellationToken) => Task.FromResult(Answer(answers));

    /// <summary>Gets what the page shows besides the answer (its choices, say), before it is shown.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reads the journey; answers where to send the person instead when this question is not theirs to answer now.</summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await journey.LoadAsync(cancellationToken) is not { } state)
        {
            return Redirect("/");
        }

        State = state;
        ViewData[OnBehalf.NameKey] = state.OnBehalf ? state.Person.DisplayName : null;
        var reached = ClaimQuestions.IsAnswered(ClaimQuestions.Activity, state.Answers) && state.Type is not null;
        var questions = state.Questions.ToList();
        var at = questions.IndexOf(Question);
        return Question != ClaimQuestions.Activity && (!reached || at < 0 || questions.IndexOf(state.FirstUnanswered) < at)
            ? Redirect($"/claim/{(reached ? state.FirstUnanswered : ClaimQuestions.Activity)}")
            : null;
    }
}
