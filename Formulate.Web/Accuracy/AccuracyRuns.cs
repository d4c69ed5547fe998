using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Data.Parameters;
using Formulate.Data.Time;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Web.Reproducibility;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Accuracy;

/// <summary>Reads samples and runs accuracy reports and calibrations with the versions in force today.</summary>
public sealed class AccuracyRuns(EngineRegistry engines, TimeProvider time, IOptions<AccuracyOptions> options)
{
    public const string ToleranceKey = "policy.accuracy_tolerance_percent";

    /// <summary>
    /// The council's tolerance band from its configuration in force today, so that a published change is used at once;
    /// the <c>Formulate:Accuracy</c> setting applies where the configuration does not set it.
    /// </summary>
    public decimal DefaultTolerance => Definition.Configuration.Find(ToleranceKey)?.At(Today)?.Value ?? options.Value.TolerancePercent;

    public int MaxSampleBytes => options.Value.MaxSampleBytes;

    public EngineDefinition Definition => engines.InForceToday(time).Definition;

    private DateOnly Today => UkTime.Today(time);

    public SampleImport Read(string text) => SampleParser.Parse(text, Definition.Questions);

    public AccuracyReport Report(Sample sample, decimal? tolerancePercent = null) =>
        AccuracyReporter.Report(Definition, sample, tolerancePercent ?? DefaultTolerance);

    /// <summary>Calibrates the model in force today into the next version, its new values applying from tomorrow or after the set's latest date.</summary>
    public (CalibrationResult Result, ParameterSetDiff? Diff) Calibrate(Sample sample, string reference)
    {
        var definition = Definition;
        var latest = definition.Model.Parameters.SelectMany(parameter => parameter.Values).Max(value => value.From);
        var tomorrow = UkTime.Today(time).AddDays(1);
        var result = ModelCalibrator.Calibrate(definition, sample, new CalibrationOptions
        {
            NewVersion = ParameterVersionStore.NextVersion(definition.Model.Version),
            EffectiveFrom = latest >= tomorrow ? latest.AddDays(1) : tomorrow,
            Reference = reference,
        });
        return (result, result.Model is { } model ? ParameterSetDiff.Between(definition.Model, model) : null);
    }
}
