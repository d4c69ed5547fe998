using Formulate.Data.Entities;
using Formulate.Data.SelfAssessments;
using Formulate.Engine.Questions;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.SelfAssessment;

/// <summary>
/// What every page of an open self-assessment needs: the one this browser opened, still in progress, or a redirect to
/// coming back with a code.
/// </summary>
public abstract class SelfAssessmentPageBase : ComponentBase
{
    [Inject] protected SelfAssessmentStore Store { get; set; } = default!;
    [Inject] protected SelfAssessmentJourney Journey { get; set; } = default!;
    [Inject] protected SelfAssessmentSession Session { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] protected IndicativeFigures Figures { get; set; } = default!;

    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    protected Data.Entities.SelfAssessment? Current { get; private set; }

    protected IReadOnlyDictionary<string, string> Answers { get; private set; } = new Dictionary<string, string>();

    protected CitizenVoice Voice => CitizenVoicing.Of(Current?.Voice);

    /// <summary>Loads the self-assessment; false (after redirecting) when there is none to show.</summary>
    protected async Task<bool> LoadAsync(bool allowSubmitted = false)
    {
        if (Session.Current(HttpContext) is { } id && await Store.FindAsync(id, HttpContext.RequestAborted) is { } found
            && (found.Status == SelfAssessmentStatus.InProgress || (allowSubmitted && found.Status == SelfAssessmentStatus.Submitted)))
        {
            Current = found;
            Answers = SelfAssessmentJourney.AnswersOf(found.PersonAnswersJson);
            return true;
        }

        Navigation.NavigateTo($"{SelfAssessmentPaths.Return}?ended=true");
        return false;
    }

    /// <summary>Whether the person is still to say if they expect to pay for their own care, which the council asks where it shows a figure.</summary>
    protected bool PayingForCareUnanswered => Current?.ArrangesOwnCare is null && Figures.AreShown;

    protected string NextPath() =>
        PayingForCareUnanswered ? SelfAssessmentPaths.PayingForCare
        : Journey.NextUnanswered(Answers) is { } next ? SelfAssessmentPaths.Question(next.Id)
        : SelfAssessmentPaths.CheckAnswers;
}
