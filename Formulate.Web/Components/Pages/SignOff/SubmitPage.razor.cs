using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Engine.Questions;
using Formulate.Web.Reproducibility;
using Formulate.Data.SignOff;
using Formulate.Engine.Json;
using Formulate.Engine.Quality;
using Formulate.Web.Components.Govuk;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Formulate.Web.SignOff;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Pages.SignOff;

public partial class SubmitPage
{
    [Inject] private ProfileCases Cases { get; set; } = default!;
    [Inject] private EngineRegistry Engines { get; set; } = default!;
    [Inject] private ISignOffPolicy Policy { get; set; } = default!;
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter] public Guid ProfileId { get; set; }

    private NeedsProfile? _profile;
    private EstimateSnapshot? _snapshot;
    private SubmissionDecision? _returned;
    private string _personName = "";
    private string? _proposed;
    private string? _reason;
    private string? _note;
    private string? _letterReason;
    private IReadOnlyList<QaStatement> _warnings = [];
    private readonly Dictionary<int, string> _warningReasons = [];
    private Guid? _submittedId;
    private Guid? _submittedEstimateId;
    private bool _alreadySubmitted;
    private IReadOnlyList<SignOffError> _errors = [];
    private IReadOnlyList<(QuestionSection Section, int Count)> _carriedSections = [];
    private bool _focusErrors;

    // Each attempt draws the button afresh, so that the double-click guard of the last attempt does not hold the next.
    private int _attempts;

    private IReadOnlyList<GovukChoiceItem> Reasons =>
        [.. Policy.DifferenceReasons.Select(reason => new GovukChoiceItem { Value = reason, Text = reason })];

    private static readonly string LetterReasonHint =
        $"Only used when the budget differs from the estimate. Write to the person, in plain words, up to {SubmissionValidator.MaxLetterReasonLength} characters. " +
        "Left blank, the letter gives the council's usual sentence for the reason you selected.";

    /// <summary>Where an error about the profile as a whole leads: what the page now says about it.</summary>
    private string WhatThePageSays =>
        _profile?.Status is NeedsProfileStatus.Submitted or NeedsProfileStatus.Approved ? "already-submitted"
        : _carriedSections.Count > 0 ? "carried-forward-refusal"
        : _snapshot is null ? "no-estimate"
        : SubmissionValidator.ProposedWeeklyField;

    private string? ErrorFor(string field) => _errors.FirstOrDefault(e => e.Field == field)?.Message;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        // Nothing of the profile is kept for the page to render until every read has been allowed.
        _profile = null;
        var user = await User.PrincipalAsync();
        var found = await Cases.FindProfileAsync(user, ProfileId);
        var person = found.Value is { } stored ? await People.FindAsync(user, stored.PersonId) : null;
        var estimates = person?.IsAllowed == true ? await Cases.ListEstimatesAsync(user, ProfileId) : null;
        var submissions = estimates?.IsAllowed == true ? await Cases.ListSubmissionsAsync(user, ProfileId) : null;
        if (new[] { found.Decision, person?.Decision, estimates?.Decision, submissions?.Decision }.Contains(CaseAccessDecision.Forbidden))
        {
            Navigation.ToForbiddenPage();
            return;
        }

        if (found.Value is not { } profile || person?.Value is not { } record || estimates?.Value is null || submissions?.Value is null)
        {
            return;
        }

        _personName = PeopleService.FullName(record.Person);
        // Only an estimate made from exactly the current answers can be submitted.
        var latest = estimates.Value.Count > 0 ? estimates.Value[0] : null;
        _snapshot = latest is not null && latest.InputJson == FormulateJson.Serialize(EngineProfile.From(profile).ToEngine()) ? latest : null;
        _proposed ??= _snapshot is null ? null : _snapshot.WeeklyEstimate.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var questions = Engines.QuestionSet(profile.QuestionSetVersion) ?? Engines.Current.Definition.Questions;
        var carried = CarriedForwardAnswers.Of(profile);
        _carriedSections =
        [
            .. questions.Sections.Select(section => (section, carried.Count(id => questions.Find(id)?.Section == section.Id))).Where(s => s.Item2 > 0),
        ];
        _warnings = _snapshot is null ? [] : EstimateWarnings.Read(_snapshot.ResultJson);
        var last = submissions.Value.Count > 0 ? submissions.Value[^1] : null;
        _returned = last?.Submission.Status == SubmissionStatus.Returned ? (last.Decisions.Count > 0 ? last.Decisions[^1] : null) : null;
        _profile = profile;
    }

    private async Task SubmitAsync()
    {
        _attempts++;
        var amount = SignOffText.ParsePounds(_proposed);
        if (amount is null)
        {
            _errors =
            [
                new(SubmissionValidator.ProposedWeeklyField, string.IsNullOrWhiteSpace(_proposed)
                    ? "Enter the proposed weekly budget"
                    : "Enter the proposed weekly budget in pounds and pence, like 250.50"),
                .. SubmissionValidator.ValidateWarnings(_warnings, _warningReasons),
            ];
            _focusErrors = true;
            return;
        }

        var result = await Cases.SubmitAsync(await User.PrincipalAsync(), new NewSubmission
        {
            NeedsProfileId = ProfileId,
            EstimateSnapshotId = _snapshot!.Id,
            ProfileVersion = _profile!.Version,
            ProposedWeekly = amount,
            DifferenceReason = _reason,
            DifferenceNote = _note,
            LetterReason = _letterReason,
            WarningReasons = new Dictionary<int, string>(_warningReasons),
        });
        _errors = result.Errors;
        _submittedId = result.SubmissionId;
        _submittedEstimateId = result.Succeeded ? _snapshot.Id : null;
        _alreadySubmitted = result.WasAlreadySubmitted;
        _focusErrors = _errors.Count > 0;
        if (_errors.Any(e => e.Field is null))
        {
            // The profile moved on meanwhile: show it as it is now, not the form filled from the old estimate.
            await LoadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusErrors)
        {
            _focusErrors = false;
            await JS.InvokeVoidAsync("formulate.focus", "error-summary");
        }
    }
}
