using Formulate.Analysis.Benchmarking;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Web.Components.Configuration;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class RatesAndDecisions
{
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;
    [Inject] private BenchmarkDatasetStore Benchmarks { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    private static readonly string[] ModelDecisionKeys =
    [
        "deduction.sustainability.yes", "deduction.sustainability.at_risk", "deduction.sustainability.no",
        "living.extra_care.household_factor", "living.extra_care.supervision_factor",
    ];

    [SupplyParameterFromQuery(Name = "band")] private string? Band { get; set; }
    [SupplyParameterFromQuery(Name = "region")] private string? Region { get; set; }
    [SupplyParameterFromQuery(Name = "saved")] private string? SavedParameter { get; set; }

    private DraftEdit _edit = default!;
    private ParameterSet _model = default!;
    private BenchmarkDataset _dataset = default!;
    private SimilarCouncils _similar = default!;
    private IReadOnlyList<ParameterRow> _rows = [];
    private string? _savedInDialog;

    /// <summary>What was saved: by the parameter's own page (the address says which) or by this page's dialog.</summary>
    private string? SavedText =>
        _savedInDialog ?? (SavedParameter is not null && _edit.Set.Find(SavedParameter) is { } saved
            ? $"{saved.Label} saved in draft {_edit.Set.Stamp}. Review and publish the draft for estimates to use it."
            : null);

    protected override async Task OnInitializedAsync()
    {
        _model = (await Drafts.CurrentAsync(ParameterSetKind.Model)).Set;
        _dataset = (await Benchmarks.CurrentAsync()).Dataset;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _edit = await Drafts.CurrentAsync(ParameterSetKind.Configuration);
        var council = _edit.Set.Council;
        var band = Enum.TryParse<DeprivationBand>(Band, out var chosen) ? chosen : SimilarCouncils.BandOf(council?.DeprivationDecile ?? 5);
        var region = Region is not null && RegionTypes.All.Contains(Region) ? Region : council?.RegionType ?? RegionTypes.All[0];
        _similar = new SimilarCouncils(band, region);
        _rows = ParameterRows.Build(_edit.Set, _dataset, _similar, Drafts.Today);
    }

    private async Task ChangeAsync(ParameterRow row)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User.Identity?.Name ?? "";
        await Js.InvokeVoidAsync("formulateStaff.rememberFocus");
        var parameters = new DialogParameters<EditParameterDialog>
        {
            { dialog => dialog.Parameter, row.Parameter },
            { dialog => dialog.Today, Drafts.Today },
            { dialog => dialog.UserName, user },
        };
        var reference = await Dialogs.ShowAsync<EditParameterDialog>($"Change {row.Label}", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await reference.Result;
        if (result is { Canceled: false, Data: string stamp })
        {
            await LoadAsync();
            _savedInDialog = $"{row.Label} saved in draft {stamp}. Review and publish the draft for estimates to use it.";
            Snackbar.Add($"{row.Label} saved in draft {stamp}", Severity.Success);
            StateHasChanged();
        }

        await Js.InvokeVoidAsync("formulateStaff.returnFocus");
    }

    private IReadOnlyList<GovukSummaryListRow> CouncilRows =>
    [
        new()
        {
            Key = "Reasons a budget may differ from the estimate",
            Value = string.Join(", ", _edit.Set.DifferenceReasons ?? []),
            Actions = [new GovukSummaryListAction("/configuration/council", "Change", "the reasons a budget may differ")],
        },
        new()
        {
            Key = "Contact details on letters",
            Value = $"{_edit.Set.Council?.Name}; {_edit.Set.Council?.Telephone}; {_edit.Set.Council?.Email}",
            Actions = [new GovukSummaryListAction("/configuration/council", "Change", "the contact details on letters")],
        },
    ];

    private IReadOnlyList<GovukSummaryListRow> ModelRows =>
    [
        .. ModelDecisionKeys.Select(_model.Find).OfType<Parameter>().Select(parameter => new GovukSummaryListRow
        {
            Key = parameter.Label,
            Value = ParameterGroups.Show(parameter, (parameter.At(Drafts.Today) ?? parameter.Values[^1]).Value),
            Actions = [new GovukSummaryListAction($"/configuration/model/parameter?key={Uri.EscapeDataString(parameter.Key)}", "Change", parameter.Label)],
        }),
    ];
}
