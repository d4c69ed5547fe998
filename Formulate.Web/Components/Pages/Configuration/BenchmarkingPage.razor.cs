using Formulate.Analysis.Benchmarking;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Web.Components.Govuk;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class BenchmarkingPage
{
    [Inject] private BenchmarkDatasetStore Benchmarks { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "import-benchmark")] private string? Json { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private BenchmarkDataset _dataset = default!;
    private BenchmarkDatasetRecord? _record;
    private List<GovukErrorSummaryItem> _errors = [];
    private string? _jsonError;
    private bool _imported;

    protected override async Task OnInitializedAsync() => (_dataset, _record) = await Benchmarks.CurrentAsync();

    private async Task ImportAsync()
    {
        if (string.IsNullOrWhiteSpace(Json))
        {
            _jsonError = "Paste the JSON of the benchmarking file";
            _errors = [new GovukErrorSummaryItem(_jsonError, "#Json")];
            return;
        }

        var result = await Benchmarks.ImportAsync(Json, HttpContext.User.Identity?.Name ?? "");
        if (!result.Succeeded)
        {
            _errors = [.. result.Problems.Select(p => new GovukErrorSummaryItem($"{p.Where}: {p.Message}", "#Json"))];
            _jsonError = $"The file has {result.Problems.Count} {(result.Problems.Count == 1 ? "problem" : "problems")}";
            return;
        }

        (_dataset, _record) = await Benchmarks.CurrentAsync();
        _imported = true;
        Json = null;
    }
}
