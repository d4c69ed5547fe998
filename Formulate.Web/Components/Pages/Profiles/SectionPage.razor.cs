using Formulate.Engine.Questions;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Practice;
using Formulate.Web.Profiles;
using Microsoft.AspNetCore.Components;
using Formulate.Web.Components.Staff;
using Microsoft.JSInterop;
using MudBlazor;

namespace Formulate.Web.Components.Pages.Profiles;

/// <summary>
/// One section of the Needs Profile as a guided form: every question of the section on one screen, each answer saved as
/// it is given, follow-ups revealed in place, the sections that apply beside it and the estimate in view, and "Next
/// section" straight on to the next section with anything left to answer.
/// </summary>
public partial class SectionPage
{
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter] public string SectionId { get; set; } = "";

    private IReadOnlyList<QuestionGroup> _layout = [];
    private Dictionary<string, string> _errors = [];
    private IReadOnlyList<Question> _removed = [];
    private string? _removedBy;
    private string? _conflict;
    private string? _failure;
    private string _failureTitle = "Your answer was not saved";
    private string? _savedText;
    private string? _focusOnRender;
    private int _saves;
    private string? _shownSection;

    private QuestionSection? Section => Questions.Sections.FirstOrDefault(section => section.Id == SectionId);

    /// <summary>No such profile, or no such section of one.</summary>
    private bool SectionNotFound => NotFound || (Profile is not null && Section is null);

    /// <summary>The sections that apply to the person given the answers so far, each with its state.</summary>
    private IReadOnlyList<SectionStep> Steps => SectionGuide.Steps(Questions, Progress, Profile!.CarriedForward);

    /// <summary>This section's step, listed or not: a section opened by its address while nothing in it is asked still counts its questions.</summary>
    private SectionStep CurrentStep =>
        Steps.FirstOrDefault(step => step.Section.Id == SectionId)
        ?? new SectionStep(Section!, Progress.StatusOf(SectionId), Progress.UnansweredIn(SectionId).Count, 0);

    private QuestionSection? NextSection => SectionGuide.Next(Steps, SectionId);

    private string NextButtonText => NextSection is { } next ? $"Next section: {next.Title}" : "Continue to the estimate";

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        _layout = SectionLayout.For(Questions, SectionId);

        // Moving to another section keeps this component, so the app's own move of focus to a new page's heading does not
        // happen: the new section's heading takes focus here, and what was said about the last section's answers goes.
        if (_shownSection is not null && _shownSection != SectionId)
        {
            _focusOnRender = "section-heading";
        }

        _shownSection = SectionId;
        _errors = [];
        _removed = [];
        _removedBy = null;
        _savedText = null;
        _conflict = null;
    }

    protected override void OnInitialized()
    {
        // A "Change" link lands on its question: focus it once the page is interactive.
        var fragment = new Uri(Navigation.Uri).Fragment;
        _focusOnRender = fragment.Length > 1 ? Uri.UnescapeDataString(fragment[1..]) : null;
    }

    /// <summary>The page's errors at its top in the order of the questions, one for a time-of-day question however many of its times are unanswered.</summary>
    private IReadOnlyList<GovukErrorSummaryItem> ErrorSummaryItems =>
    [
        .. _layout.SelectMany(group => group.IsTimesOfDay
            ? group.Times.Where(q => _errors.ContainsKey(q.Id)).Take(1).Select(q => new GovukErrorSummaryItem(QuestionField.TimesErrorMessage(group), "#" + q.Id))
            : group.AllQuestions.Where(q => _errors.ContainsKey(q.Id)).Select(q => new GovukErrorSummaryItem(_errors[q.Id], "#" + q.Id))),
    ];

    private async Task AnswerAsync(IReadOnlyDictionary<string, string> answers)
    {
        var askedBefore = Progress.VisibleIn(SectionId).ToList();
        var outcome = await Editor.AnswerAsync(answers);
        _failure = outcome.Error;
        _failureTitle = "Your answer was not saved";
        _conflict = outcome.ConflictNotice;
        _removed = [.. outcome.Discarded.Select(id => Questions.Find(id)).OfType<Question>()];
        _removedBy = answers.Keys.First();
        _saves++;
        if (outcome.Saved)
        {
            foreach (var id in answers.Keys)
            {
                _errors.Remove(id);
            }
        }
        else if (_failure is not null)
        {
            Snackbar.Failed(_failureTitle);
        }

        Recalculate();
        var askedNow = Progress.VisibleIn(SectionId).ToList();
        _savedText = outcome.Saved ? SavedText(answers, [.. askedNow.Except(askedBefore)], [.. askedBefore.Except(askedNow).Except(_removed)]) : null;
    }

    /// <summary>What a screen reader hears after the save; the answers removed are said beside the question that changed.</summary>
    private string? SavedText(IReadOnlyDictionary<string, string> answers, IReadOnlyList<Question> newlyAsked, IReadOnlyList<Question> noLongerAsked)
    {
        var panel = Estimate.QuestionsLeft > 0
            ? $"{EstimatePanel.SectionLeftText(CurrentStep.Left)}. {EstimatePanel.SectionsCompletedText(Steps)}."
            : Estimate.Summary;
        var saved = answers.Select(pair => Questions.Find(pair.Key)).OfType<Question>().ToList();
        if (saved.Count == 0)
        {
            return null;
        }

        var (question, code) = saved.Count == 1
            ? (saved[0], answers[saved[0].Id])
            : TimesAnswer(saved);
        return AnswerAnnouncement.Saved(question, code, newlyAsked, noLongerAsked, [], panel);
    }

    /// <summary>A time-of-day question's boxes, said as one answer: the times now ticked.</summary>
    private (Question Question, string Code) TimesAnswer(List<Question> saved)
    {
        var group = _layout.First(g => g.Times.Any(q => q.Id == saved[0].Id));
        var ticked = TimesOfDay.Ticked(group.Times, Profile!.Answers);
        var times = ticked.Contains(TimesOfDay.None)
            ? "none of these times"
            : string.Join(", ", group.Times.Where(q => ticked.Contains(q.Id)).Select(q => TimesOfDay.Label(group.Times, q).ToLowerInvariant()));
        var asked = group.Question with { Text = TimesOfDay.Legend(group.Times), Answers = [new AnswerOption { Code = "times", Label = times }] };
        return (asked, "times");
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

    /// <summary>Checks the section, then goes straight on to the next section with anything left to do, or to the estimate.</summary>
    /// <param name="shown">The section the button was drawn for: a second press while the next section loads goes nowhere.</param>
    private async Task NextAsync(string shown)
    {
        if (shown != SectionId)
        {
            return;
        }

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
        if (_errors.Count > 0)
        {
            _focusOnRender = "error-summary";
            return;
        }

        Navigation.NavigateTo(NextSection is { } next ? SectionHref(next.Id) : $"{ProfileHref}/result");
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
