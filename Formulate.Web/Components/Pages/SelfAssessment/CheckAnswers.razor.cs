using Formulate.Engine.Questions;
using Formulate.Web.Components.Govuk;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class CheckAnswers
{
    private IEnumerable<(string Title, IReadOnlyList<GovukSummaryListRow> Rows)> Sections =>
        Journey.Asked(Answers)
            .GroupBy(question => question.Section)
            .Select(section => (
                Journey.Questions.Sections.FirstOrDefault(s => s.Id == section.Key)?.Title ?? section.Key,
                (IReadOnlyList<GovukSummaryListRow>)[.. section.Select(Row)]));

    protected override async Task OnInitializedAsync()
    {
        if (await LoadAsync() && Journey.NextUnanswered(Answers) is { } unanswered)
        {
            // Only a complete self-assessment can be checked and sent.
            Navigation.NavigateTo(SelfAssessmentPaths.Question(unanswered.Id));
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
        if (Current is null || Journey.NextUnanswered(Answers) is not null)
        {
            return;
        }

        await Store.SubmitAsync(Current.Id, HttpContext.RequestAborted);
        Navigation.NavigateTo(SelfAssessmentPaths.Confirmation);
    }
}
