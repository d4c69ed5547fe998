using Formulate.Engine.Questions;
using Formulate.Web.Components.Practice;
using Formulate.Web.Profiles;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Pages.Profiles;

public partial class SectionPage
{
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter] public string SectionId { get; set; } = "";

    private IReadOnlyList<QuestionGroup> _layout = [];
    private Dictionary<string, string> _errors = [];
    private IReadOnlyList<Question> _removed = [];
    private string? _conflict;
    private string? _failure;
    private string _failureTitle = "Your answer was not saved";
    private string? _savedText;
    private string? _focusOnRender;
    private int _saves;

    private QuestionSection? Section => Questions.Sections.FirstOrDefault(section => section.Id == SectionId);

    /// <summary>No such profile, or no such section of one.</summary>
    private bool SectionNotFound => NotFound || (Profile is not null && Section is null);

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        _layout = SectionLayout.For(Questions, SectionId);
    }

    protected override void OnInitialized()
    {
        // A "Change" link lands on its question: focus it once the page is interactive.
        var fragment = new Uri(Navigation.Uri).Fragment;
        _focusOnRender = fragment.Length > 1 ? Uri.UnescapeDataString(fragment[1..]) : null;
    }

    private async Task AnswerAsync((string QuestionId, string Code) answer)
    {
        var askedBefore = Progress.VisibleIn(SectionId).ToList();
        var outcome = await Editor.AnswerAsync(answer.QuestionId, answer.Code);
        _failure = outcome.Error;
        _failureTitle = "Your answer was not saved";
        _conflict = outcome.ConflictNotice;
        _removed = [.. outcome.Discarded.Select(id => Questions.Find(id)).OfType<Question>()];
        _saves++;
        if (outcome.Saved)
        {
            _errors.Remove(answer.QuestionId);
        }

        Recalculate();
        var askedNow = Progress.VisibleIn(SectionId).ToList();
        _savedText = outcome.Saved && Questions.Find(answer.QuestionId) is { } question
            ? AnswerAnnouncement.Saved(question, answer.Code, [.. askedNow.Except(askedBefore)], [.. askedBefore.Except(askedNow)], _removed, Estimate)
            : null;
    }

    /// <summary>The section's questions asked now whose answers are still as carried forward into this reassessment.</summary>
    private IReadOnlyList<Question> CarriedHere =>
        Profile is { CarriedForward.Count: > 0 } profile ? [.. Progress.VisibleIn(SectionId).Where(q => profile.CarriedForward.Contains(q.Id))] : [];

    private async Task ConfirmAsync(IReadOnlyCollection<string> questionIds)
    {
        var carriedBefore = CarriedHere;
        _failure = await Editor.ConfirmAsync(questionIds);
        _failureTitle = "The answer was not confirmed";
        // The button pressed goes: keyboard users carry on from the next answer to confirm, or else the section's first question.
        var next = carriedBefore.SkipWhile(q => !questionIds.Contains(q.Id)).FirstOrDefault(q => !questionIds.Contains(q.Id))
            ?? carriedBefore.FirstOrDefault(q => !questionIds.Contains(q.Id));
        _focusOnRender = _failure is not null ? "save-failure"
            : next is not null ? CarriedForwardPanel.ConfirmId(next.Id)
            : Progress.VisibleIn(SectionId).FirstOrDefault()?.Id;
        _savedText = _failure is null ? (questionIds.Count == 1 ? "Answer confirmed" : $"{questionIds.Count} answers confirmed") : null;
        Recalculate();
    }

    private async Task ContinueAsync()
    {
        // Read again first, so that the check reflects anything saved elsewhere since this page loaded.
        _failure = await Editor.ReloadAsync(ProfileId);
        if (_failure is not null)
        {
            _failureTitle = "You cannot continue just now";
            _focusOnRender = "save-failure";
            return;
        }

        Recalculate();
        _errors = Progress.UnansweredIn(SectionId).ToDictionary(question => question.Id, QuestionErrorMessages.Select);
        if (_errors.Count == 0)
        {
            Navigation.NavigateTo($"{SectionHref(SectionId)}/check");
            return;
        }

        _focusOnRender = "error-summary";
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusOnRender is { } id && Profile is not null)
        {
            _focusOnRender = null;
            await JS.InvokeVoidAsync("formulate.focus", id);
        }
    }
}
