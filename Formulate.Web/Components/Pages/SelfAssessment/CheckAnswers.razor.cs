using Formulate.Engine.Questions;
using Formulate.Web.Components.Govuk;
using Formulate.Web.SelfAssessments;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class CheckAnswers
{
    private IEnumerable<(string Title, IReadOnlyList<GovukSummaryListRow> Rows)> Sections =>
        Journey.Asked(Answers)
            .GroupBy(question => question.Section)
            .Select(section => (
                Journey.Questions.Sections.FirstOrDefault(s => s.Id == section.Key)?.Title ?? section.Key,
                (IReadOnlyList<GovukSummaryListRow>)[.. section.Select(Row)]));

    /// <summary>Whether the council shows a figure once the answers are sent; read once, so the page says one thing.</summary>
    private bool _showsFigure;

    private IReadOnlyList<GovukSummaryListRow> PayingRows =>
    [
        new GovukSummaryListRow
        {
            Key = ArrangesOwnCare.Question(Voice),
            Value = ArrangesOwnCare.Label(Current!.ArrangesOwnCare!, Voice),
            Actions = [new GovukSummaryListAction(SelfAssessmentPaths.PayingForCare, "Change", ArrangesOwnCare.Question(Voice))],
        },
    ];

    protected override async Task OnInitializedAsync()
    {
        if (!await LoadAsync())
        {
            return;
        }

        _showsFigure = Figures.AreShown;
        if (NextPath() is var next && next != SelfAssessmentPaths.CheckAnswers)
        {
            // Only a complete self-assessment can be checked and sent.
            Navigation.NavigateTo(next);
        }
    }

    private GovukSummaryListRow Row(Question question)
    {
        var text = CitizenWording.Text(question, Voice);
        return new GovukSummaryListRow
        {
            Key = text,
            Value = CitizenWording.LabelOf(question, Answers[question.Id], Voice),
            Actions = [new GovukSummaryListAction(SelfAssessmentPaths.Question(question.Id), "Change", text)],
        };
    }

    private async Task SendAsync()
    {
        if (Current is null || NextPath() != SelfAssessmentPaths.CheckAnswers)
        {
            return;
        }

        // The figure is worked out as the answers are sent, and kept with the versions that worked it out.
        await Store.SubmitAsync(Current.Id, IndicativeFigures.Shown(Figures.WorkOut(Answers)), HttpContext.RequestAborted);
        Navigation.NavigateTo(SelfAssessmentPaths.Confirmation);
    }
}
