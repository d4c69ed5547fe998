using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components;
using Formulate.Web.Components.Staff;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Pages.Profiles;

public partial class ResultPage
{
    [Inject] private ProfileCases Cases { get; set; } = default!;
    [Inject] private Formulate.Data.Accuracy.EstimateFlagStore Flags { get; set; } = default!;
    [Inject] private Formulate.Web.Reproducibility.ReproducibilityCheck Reproducibility { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private MudBlazor.ISnackbar Snackbar { get; set; } = default!;

    private Formulate.Data.Entities.EstimateSnapshot? _saved;
    private EstimateResult? _result;
    private string? _failure;
    private Formulate.Web.Reproducibility.ReproducibilityOutcome? _reproducibility;

    private string? _flagReason;
    private string? _flagError;
    private bool _flagged;
    private string? _focusOnRender;
    private bool _problemsFocused;

    private async Task FlagAsync()
    {
        if (_saved is null)
        {
            return;
        }

        var result = await Flags.FlagAsync(_saved.Id, _flagReason, await User.NameAsync());
        _flagError = result.Error;
        _flagged = result.Succeeded;
        if (_flagged)
        {
            Snackbar.Saved("Estimate flagged as inaccurate");
        }

        // Focus what the flag produced; on success the button pressed is gone, and focus would start again from the top.
        _focusOnRender = _flagError is not null ? "flag-error-summary" : "flag-saved";
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // As GOV.UK Frontend does when a page opens with an error summary; its own script never sees this one, rendered later.
        if (Problems.Count > 0 && !_problemsFocused)
        {
            _problemsFocused = true;
            _focusOnRender ??= "problems-summary";
        }

        if (_focusOnRender is { } id)
        {
            _focusOnRender = null;
            await JS.InvokeVoidAsync("formulate.focus", id);
        }
    }

    private void CheckReproducibility() => _reproducibility = _saved is null ? null : Reproducibility.Run(_saved);

    private IReadOnlyList<Formulate.Engine.Profiles.ValidationProblem> Problems =>
        Estimate?.Outcome is { IsValid: false } outcome ? outcome.Problems : [];

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        if (Profile is null || Estimate.Outcome?.Result is null)
        {
            return;
        }

        // The latest saved estimate is shown when it was made from exactly these answers, with the versions in force now.
        var latest = (await Cases.ListEstimatesAsync(await User.PrincipalAsync(), ProfileId)).Value is { Count: > 0 } saved ? saved[0] : null;
        var versions = Estimate.Outcome.Result.Versions;
        if (latest is not null && latest.InputJson == FormulateJson.Serialize(Profile.ToEngine())
                && latest.ModelVersion == versions.Model && latest.ConfigurationVersion == versions.Configuration && latest.QuestionSetVersion == versions.QuestionSet)
        {
            _saved = latest;
            _result = EstimateSnapshots.ReadResult(latest);
        }
    }

    private async Task CalculateAsync()
    {
        _failure = await ProfileEditor.UnavailableMessageOfAsync(async () =>
        {
            await Editor.LoadAsync(ProfileId);
            Recalculate();
            if (Profile is null || Estimate.Outcome?.Result is not { } result)
            {
                _saved = null;
                _result = null;
                return;
            }

            var saved = await Cases.SaveEstimateAsync(await User.PrincipalAsync(), ProfileId, EstimateSnapshots.From(Profile.ToEngine(), result));
            if (saved.Decision == CaseAccessDecision.Forbidden)
            {
                Navigation.ToForbiddenPage();
                return;
            }

            _saved = saved.Value;
            _result = result;
            _reproducibility = null;
            _focusOnRender = Formulate.Engine.Rules.StepRules.WeeklyEstimate.Id;
        });
        if (_failure is not null)
        {
            _focusOnRender = "save-failure";
            Snackbar.Failed("The estimate was not saved");
        }
        else if (_saved is not null)
        {
            Snackbar.Saved("Estimate saved");
        }
    }
}
