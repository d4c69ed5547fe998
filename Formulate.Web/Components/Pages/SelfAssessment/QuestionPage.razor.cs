using Formulate.Engine.Questions;
using Formulate.Web.Components.Govuk;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class QuestionPage
{
    public const string NoAnswerMessage = "Select the answer that fits best";

    public const string NotOfferedMessage = "Select one of the answers shown. The answer sent is not one of them, so nothing was saved";

    [Parameter] public string QuestionId { get; set; } = "";

    [SupplyParameterFromForm] private string? Answer { get; set; }
    [SupplyParameterFromForm] private string? Action { get; set; }

    private Question? _question;
    private string? _error;
    private IReadOnlyList<GovukErrorSummaryItem> _summary = [];

    private IReadOnlyList<GovukChoiceItem> Items =>
        [.. _question!.Answers.Select(answer => new GovukChoiceItem { Value = answer.Code, Text = CitizenWording.Label(answer, Voice) })];

    private string SectionTitle => Journey.Questions.Sections.FirstOrDefault(s => s.Id == _question!.Section)?.Title ?? "";

    private string BackPath => Journey.Before(_question!.Id, Answers) is { } before ? SelfAssessmentPaths.Question(before.Id)
        : Figures.AreShown ? SelfAssessmentPaths.PayingForCare
        : SelfAssessmentPaths.Start;

    protected override async Task OnInitializedAsync()
    {
        if (!await LoadAsync())
        {
            return;
        }

        _question = Journey.Questions.Find(QuestionId);
        if (_question is null || !Journey.IsAsked(QuestionId, Answers))
        {
            // A question this person is not asked, given their answers, or an old bookmark: on to the next one they are.
            _question = null;
            Navigation.NavigateTo(NextPath());
        }
    }

    private async Task SaveAsync()
    {
        if (_question is null)
        {
            return;
        }

        var saving = Action == "save";
        if (string.IsNullOrEmpty(Answer))
        {
            if (saving)
            {
                Navigation.NavigateTo(SelfAssessmentPaths.Saved);
                return;
            }

            ShowError(NoAnswerMessage);
            return;
        }

        if (!_question.Offers(Answer))
        {
            Answer = null;
            ShowError(NotOfferedMessage);
            return;
        }

        if (!await Store.SaveAnswersAsync(Current!.Id, Journey.Answering(_question.Id, Answer, Answers), HttpContext.RequestAborted))
        {
            Navigation.NavigateTo($"{SelfAssessmentPaths.Return}?ended=true");
            return;
        }

        if (saving)
        {
            Navigation.NavigateTo(SelfAssessmentPaths.Saved);
            return;
        }

        await LoadAsync();
        Navigation.NavigateTo(NextPath());
    }

    private void ShowError(string message)
    {
        // GOV.UK links the summary to the first radio, whose id is the field's name.
        _error = message;
        _summary = [new GovukErrorSummaryItem(message, "#Answer")];
    }
}
