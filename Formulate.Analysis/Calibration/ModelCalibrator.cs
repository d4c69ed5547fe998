using Formulate.Analysis.Accuracy;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Engine.Tracing;
using Formulate.Engine.Text;
using MathNet.Numerics.LinearAlgebra;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// Fits the model parameters (minutes and hours per level of need, factors, deductions) to a sample of actual packages,
/// and measures the gain by k-fold cross-validation. The result is a new draft version of the model parameters for a
/// person to review and publish; the definition passed in is never changed.
/// </summary>
public static class ModelCalibrator
{
    public static CalibrationResult Calibrate(EngineDefinition definition, Sample sample, CalibrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(options);
        var problems = Check(definition, options);
        if (problems.Count > 0)
        {
            return CalibrationResult.Failed([.. problems]);
        }

        var model = new WorkingModel(definition, options.EffectiveFrom);
        var prepared = Prepare(definition, model, sample);
        if (prepared.Count < options.Folds * 2)
        {
            return CalibrationResult.Failed($"Only {prepared.Count} cases could be estimated; calibration needs at least {options.Folds * 2}");
        }

        var before = prepared.Select(c => c.Estimate(definition) ?? 0d).ToArray();
        var full = Fit(model, prepared, options, startJacobian: null);
        var heldOut = CrossValidate(model, prepared, options, full.StartJacobian);
        var fitted = model.Rounded(full.Values);
        var fittedDefinition = model.With(fitted);
        var inSample = prepared.Select(c => c.Estimate(fittedDefinition) ?? 0d).ToArray();
        var actual = prepared.Select(c => c.Actual).ToArray();
        var figures = new CalibrationFigures
        {
            Folds = options.Folds,
            Before = Measure(before, actual),
            HeldOutAfter = Measure(heldOut, actual),
            InSampleAfter = Measure(inSample, actual),
        };

        var changes = Changes(model, fitted, prepared, before, inSample);
        return new CalibrationResult
        {
            Model = Publishable(definition.Model, model, fitted, options, figures, prepared.Count),
            Figures = figures,
            Changes = changes,
            CasesLeftOut = sample.Cases.Count - prepared.Count,
            CasesCountingLess = CaseWeights.Of(prepared, inSample).Count(weight => weight < 1d),
            CasesFitted = prepared.Count,
        };
    }

    private static List<string> Check(EngineDefinition definition, CalibrationOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.NewVersion) || options.NewVersion == definition.Model.Version)
        {
            problems.Add($"Give the calibrated parameters a new version; '{definition.Model.Version}' is the current one");
        }

        var latest = definition.Model.Parameters.SelectMany(parameter => parameter.Values).Max(value => value.From);
        if (options.EffectiveFrom <= latest)
        {
            problems.Add($"The calibrated values must apply from a date after {UkFormat.IsoDate(latest)}, the latest date in {definition.Model.Stamp}; choose a later date");
        }

        if (options.Folds < 2)
        {
            problems.Add("Cross-validation needs at least 2 folds");
        }

        if (string.IsNullOrWhiteSpace(options.Reference))
        {
            problems.Add("Say what the calibrated values rest on, for example the sample's name");
        }

        return problems;
    }

    /// <summary>The cases the engine can estimate, each checked once, with what its estimate reads.</summary>
    internal static List<PreparedCase> Prepare(EngineDefinition definition, WorkingModel model, Sample sample)
    {
        var start = model.With(model.Start);
        var periods = new ParameterPeriods(definition);
        var prepared = new List<PreparedCase>(sample.Cases.Count);
        foreach (var sampleCase in sample.Cases.Where(sampleCase => sampleCase.ExcludedBecause is null))
        {
            var visible = new VisibleAnswers(definition.Questions, sampleCase.Profile.Answers);
            if (ProfileValidator.Validate(definition.Questions, sampleCase.Profile, visible).Count > 0)
            {
                continue;
            }

            var answers = ScenarioAnswers.Of(definition.Questions, visible);
            var date = periods.StartOf(sampleCase.Profile.AssessmentDate);
            var memo = new AreaMemo();
            var calculation = new Calculation(start, date, answers, tracing: true, memo);
            var outcome = ScenarioCalculator.Run(calculation);
            if (calculation.MissingCount > 0 || outcome.NotEstimatedReason is not null || outcome.Trace is null)
            {
                continue;
            }

            var reads = new CaseReads(model, [.. memo.Areas]);
            reads.Collect(outcome.Trace, area: null);
            prepared.Add(new PreparedCase(answers, date, (double)sampleCase.ActualWeeklyCost) { Reads = reads.All, AreasReading = reads.AreasReading() });
        }

        return prepared;
    }

    /// <summary>
    /// Each case's estimate by parameters fitted to the other folds; folds interleave cases ranked by cost, so each spans
    /// the range. Each fold's fit starts where the full sample's did, from the current values, and knows nothing of the
    /// fold it is tested on; only the derivatives of its cases' estimates at the current values, which depend on nothing
    /// fitted, are taken from the full fit rather than worked out again.
    /// </summary>
    /// <param name="startJacobian">The derivatives of every case's estimate by family multiplier at the current values, when already worked out.</param>
    internal static double[] CrossValidate(WorkingModel model, List<PreparedCase> cases, CalibrationOptions options, Matrix<double>? startJacobian)
    {
        var order = Enumerable.Range(0, cases.Count).OrderBy(i => cases[i].Actual).ThenBy(i => i).ToArray();
        var fold = new int[cases.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            fold[order[rank]] = rank % options.Folds;
        }

        var heldOut = new double[cases.Count];
        for (var k = 0; k < options.Folds; k++)
        {
            var training = Enumerable.Range(0, cases.Count).Where(i => fold[i] != k).ToArray();
            var trainingJacobian = startJacobian is null
                ? null
                : Matrix<double>.Build.Dense(training.Length, startJacobian.ColumnCount, (row, column) => startJacobian[training[row], column]);
            var fitted = model.With(model.Rounded(Fit(model, [.. training.Select(i => cases[i])], options, trainingJacobian).Values));
            for (var i = 0; i < cases.Count; i++)
            {
                if (fold[i] == k)
                {
                    heldOut[i] = cases[i].Estimate(fitted) ?? 0d;
                }
            }
        }

        return heldOut;
    }

    /// <summary>First one multiplier per family, then each value on its own, held towards where the families left it.</summary>
    /// <param name="startJacobian">The derivatives of each case's estimate by family multiplier at the current values, when already known.</param>
    private static FitPath Fit(WorkingModel model, List<PreparedCase> cases, CalibrationOptions options, Matrix<double>? startJacobian)
    {
        var familyMap = VariableMap.Families(model);
        var familyFit = new LeastSquaresFit(model, familyMap, cases, options.Ridge).Solve(options.MaxIterations, derivativesAtStart: startJacobian);
        var families = familyMap.Values(familyFit.Variables);
        var individualMap = VariableMap.Individual(model, families);
        var individualFit = new LeastSquaresFit(model, individualMap, cases, options.IndividualRidge);
        var derivatives = familyFit.EndJacobian is { } end ? individualFit.DerivativesFrom(families, end, familyMap) : null;
        var values = individualMap.Values(individualFit.Solve(options.MaxIterations, derivativesAtStart: derivatives).Variables);
        return new FitPath { Values = values, StartJacobian = familyFit.StartJacobian };
    }

    private static AccuracyFigures Measure(double[] estimates, double[] actuals) =>
        AccuracyStatistics.Measure(
            [.. estimates.Select(value => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero))],
            [.. actuals.Select(value => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero))]);

    /// <param name="estimatesBefore">Each prepared case's estimate with the current values.</param>
    /// <param name="estimatesAfter">The same with the calibrated values.</param>
    private static List<CalibrationChange> Changes(WorkingModel model, double[] fitted, List<PreparedCase> cases, double[] estimatesBefore, double[] estimatesAfter)
    {
        var changes = new List<CalibrationChange>();
        for (var j = 0; j < model.Count; j++)
        {
            var before = ParameterBounds.Round(model.Parameters[j], model.Start[j]);
            var after = ParameterBounds.Round(model.Parameters[j], fitted[j]);
            if (before == after)
            {
                continue;
            }

            var reading = Enumerable.Range(0, cases.Count).Where(i => cases[i].Reads.Contains(j)).ToList();
            var shortfallBefore = MedianShortfall(reading, cases, estimatesBefore);
            var shortfallAfter = MedianShortfall(reading, cases, estimatesAfter);
            var parameter = model.Parameters[j];
            changes.Add(new CalibrationChange
            {
                Key = parameter.Key,
                Label = parameter.Label,
                Unit = parameter.Unit,
                Before = before,
                After = after,
                CasesReading = reading.Count,
                MedianShortfallBefore = shortfallBefore,
                MedianShortfallAfter = shortfallAfter,
                Reason = ChangeReasons.Explain(before, after, reading.Count, shortfallBefore, shortfallAfter),
            });
        }

        return changes;
    }

    /// <summary>The median of package − estimate over <paramref name="reading"/>, to the penny; zero for no cases.</summary>
    private static decimal MedianShortfall(List<int> reading, List<PreparedCase> cases, double[] estimates)
    {
        var median = AccuracyStatistics.Median(reading.Select(i => cases[i].Actual - estimates[i]));
        return Math.Round((decimal)median, 2, MidpointRounding.AwayFromZero);
    }

    private static ParameterSet Publishable(ParameterSet current, WorkingModel model, double[] fitted, CalibrationOptions options, CalibrationFigures figures, int cases)
    {
        var reference = string.Create(UkFormat.Culture,
            $"{options.Reference}: fitted to {cases} cases; held-out Pearson {Describe(figures.Before.Pearson)} before, {Describe(figures.HeldOutAfter.Pearson)} after ({figures.Folds}-fold cross-validation, estimates before the council's cap and minimum)");
        var parameters = current.Parameters.Select(parameter =>
        {
            if (!model.Index.TryGetValue(parameter.Key, out var j))
            {
                return parameter;
            }

            var after = ParameterBounds.Round(parameter, fitted[j]);
            var before = ParameterBounds.Round(parameter, model.Start[j]);
            return before == after
                ? parameter
                : parameter with { Values = [.. parameter.Values, new DatedValue { From = options.EffectiveFrom, Value = after, Reference = reference }] };
        }).ToList();
        return current with { Version = options.NewVersion, Parameters = parameters };
    }

    private static string Describe(double? value) => value is { } number ? number.ToString("0.000", UkFormat.Culture) : "not measurable";
}
