using Formulate.Analysis.Benchmarking;
using Formulate.Data.Parameters;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class RatesAndDecisions
{
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;
    [Inject] private BenchmarkDatasetStore Benchmarks { get; set; } = default!;

    private static string UsedBy(Parameter parameter) =>
        ParameterGroups.UsedBy(parameter) is { Count: > 0 } used ? string.Join(", ", used) : "No rule of the estimate reads it";

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

    protected override async Task OnInitializedAsync()
    {
        _edit = await Drafts.CurrentAsync(ParameterSetKind.Configuration);
        _model = (await Drafts.CurrentAsync(ParameterSetKind.Model)).Set;
        _dataset = (await Benchmarks.CurrentAsync()).Dataset;
        var council = _edit.Set.Council;
        var band = Enum.TryParse<DeprivationBand>(Band, out var chosen) ? chosen : SimilarCouncils.BandOf(council?.DeprivationDecile ?? 5);
        var region = Region is not null && RegionTypes.All.Contains(Region) ? Region : council?.RegionType ?? RegionTypes.All[0];
        _similar = new SimilarCouncils(band, region);
    }

    private string Default(string key) =>
        DefaultDefinitions.Definition.Configuration.Find(key) is { } shipped && (shipped.At(Drafts.Today) ?? shipped.Values[^1]) is { } value
            ? ParameterGroups.Show(shipped, value.Value)
            : "None: this rate is the council's own";

    private static string EditHref(string key) => $"/configuration/configuration/parameter?key={Uri.EscapeDataString(key)}";

    private static string Slug(string key) => key.Replace('.', '-').Replace('@', '-');
}
