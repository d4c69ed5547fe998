using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Analysis.Text;
using Formulate.Data.Accuracy;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Engine.Text;
using Formulate.Web.Accuracy;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Accuracy;

public partial class AccuracyReportPage
{
    [Inject] private AccuracySampleStore Samples { get; set; } = default!;
    [Inject] private AccuracyRuns Runs { get; set; } = default!;
    [Inject] private ParameterVersions Versions { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;

    [Parameter] public Guid ReportId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private AccuracyReportRecord? _record;
    private AccuracyReport? _report;
    private CalibrationResult? _calibration;
    private Guid? _draftId;
    private string? _currentModel;
    private string? _error;
    private string? _errorHref;

    protected override async Task OnInitializedAsync()
    {
        _record = await Samples.FindReportAsync(ReportId, HttpContext.RequestAborted);
        _report = _record is null ? null : AccuracySampleStore.ReadReport(_record);
    }

    private async Task CalibrateAsync()
    {
        if (_record is null)
        {
            return;
        }

        var existing = await Versions.Store.FindDraftAsync(ParameterSetKind.Model, HttpContext.RequestAborted);
        if (existing is not null)
        {
            Fail($"There is already a draft of the model parameters ({existing.Stamp}). Publish or discard it before calibrating again.", DraftHref(existing));
            return;
        }

        var sample = await Samples.FindAsync(_record.AccuracySampleId, HttpContext.RequestAborted);
        if (sample is null || Runs.Read(sample.Csv).Sample is not { } parsed)
        {
            Fail("The sample has been deleted or cannot be read with the question set in force now; upload it again.", "#calibration");
            return;
        }

        var (result, _) = Runs.Calibrate(parsed, $"Calibrated against sample '{sample.Name}'");
        if (result.Model is null)
        {
            Fail(string.Join(" ", result.Problems), "#calibration");
            return;
        }

        var note = $"Calibrated against sample '{sample.Name}' ({parsed.Cases.Count(c => c.ExcludedBecause is null)} people): held-out Pearson {R(result.Figures!.Before.Pearson)} before, {R(result.Figures.HeldOutAfter.Pearson)} after, before the council's cap and minimum.";
        // A draft started by someone else while the fit ran is theirs: it is kept, not replaced.
        var saved = await Versions.Store.SaveDraftAsync(result.Model, note, await User.NameAsync(), ParameterVersionStore.NoDraft, HttpContext.RequestAborted);
        if (!saved.Succeeded)
        {
            var started = await Versions.Store.FindDraftAsync(ParameterSetKind.Model, HttpContext.RequestAborted);
            Fail(started is null
                ? string.Join(" ", saved.Errors.Select(error => error.Message))
                : $"While the calibration ran, {started.UpdatedBy ?? started.CreatedBy} started a draft of the model parameters ({started.Stamp}), so the calibration was not saved and their draft is kept. Publish or discard that draft, then calibrate again.",
                started is null ? "#calibration" : DraftHref(started));
            return;
        }

        _calibration = result;
        _currentModel = Runs.Definition.Model.Stamp;
        _draftId = saved.Version!.Id;
    }

    /// <summary>The draft's own page, where it is published or discarded: what the officer must do before calibrating.</summary>
    private static string DraftHref(ParameterSetVersion draft) => $"/configuration/versions/model/{draft.Id}";

    private void Fail(string message, string href)
    {
        _error = message;
        _errorHref = href;
    }

    private static IReadOnlyList<GovukSummaryListRow> OverallRows(AccuracyReport report) =>
    [
        new() { Key = "Pearson correlation", Value = $"{R(report.Overall.Pearson)}{(report.Overall.Pearson > 0.9 ? " (above 0.9, good)" : " (0.9 or below: look at the outliers and consider calibrating)")}" },
        new() { Key = "Pearson correlation, 95% interval", Value = IntervalText(report.Overall) },
        new() { Key = "Spearman's rank correlation", Value = R(report.Overall.Spearman) },
        new() { Key = "Mean absolute error", Value = $"{Pounds.Format(report.Overall.MeanAbsoluteError)} a week" },
        new() { Key = "Mean absolute percentage error", Value = P(report.Overall.MeanAbsolutePercentageError) },
        new() { Key = "Before the council's cap and minimum", Value = BeforeLimitsText(report) },
        new() { Key = "Tolerance", Value = $"±{UkFormat.Number(report.TolerancePercent, "0.##")}% of the actual cost, the council's tolerance band (set in Rates and decisions); {(report.Outliers.Count == 1 ? "1 outlier" : $"{UkFormat.Count(report.Outliers.Count)} outliers")}" },
    ];

    private static string BeforeLimitsText(AccuracyReport report) => report.EstimatesAtLimits == 0
        ? "No estimate reached the council's high-end cap or minimum budget, so the figures above are the model's own, which calibration fits."
        : $"Pearson correlation {R(report.BeforeLimits.Pearson)}, mean absolute error {Pounds.Format(report.BeforeLimits.MeanAbsoluteError)} a week. " +
            $"The cap or minimum changed {(report.EstimatesAtLimits == 1 ? "1 estimate" : $"{UkFormat.Count(report.EstimatesAtLimits)} estimates")}; " +
            "these are the model's own figures, before those limits, which calibration fits.";

    private static string IntervalText(AccuracyFigures figures) => figures.PearsonInterval is { } interval
        ? $"{AccuracyFigureText.Interval(interval)}: from {figures.Count} people the correlation is known only to within this range; a larger sample narrows it"
        : AccuracyFigureText.NotMeasurable;

    private static string CountingLessText(CalibrationResult result) =>
        $"{UkFormat.Count(result.CasesCountingLess)} of {UkFormat.Count(result.CasesFitted)} people's packages were far enough from their calibrated estimate to count for less in the fit, " +
        "so that no one package decides the weightings. " +
        string.Create(UkFormat.Culture, $"Packages more than {CaseWeights.Tuning} times the usual difference away count for less the further out they are; ") +
        "with ordinary differences that is about 1 in 6, and more when some packages are not explained by the Needs Profile (see the outliers above).";

    private static string R(double? value) => AccuracyFigureText.Correlation(value);

    private static string P(double? value) => AccuracyFigureText.Percentage(value);

    private static string Support(string type) => type.Replace('_', ' ');
}
