using System.Globalization;
using Formulate.Engine.Accuracy;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Calibration;

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
        var full = Fit(model, prepared, options, warm: null);
        var heldOut = CrossValidate(model, prepared, options, full);
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

        var changes = Changes(model, fitted);
        return new CalibrationResult
        {
            Model = Publishable(definition.Model, model, fitted, options, figures, prepared.Count),
            Figures = figures,
            Changes = changes,
            CasesLeftOut = sample.Cases.Count - prepared.Count,
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
            problems.Add($"The calibrated values must apply from a date after {latest:yyyy-MM-dd}, the latest date in {definition.Model.Stamp}; choose a later date");
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

    private static List<PreparedCase> Prepare(EngineDefinition definition, WorkingModel model, Sample sample)
    {
        var start = model.With(model.Start);
        var prepared = new List<PreparedCase>(sample.Cases.Count);
        foreach (var sampleCase in sample.Cases)
        {
            var visible = new VisibleAnswers(definition.Questions, sampleCase.Profile.Answers);
            if (ProfileValidator.Validate(definition.Questions, sampleCase.Profile, visible).Count > 0)
            {
                continue;
            }

            var answers = ScenarioAnswers.Of(definition.Questions, visible);
            var calculation = new Calculation(start, sampleCase.Profile.AssessmentDate, answers, tracing: true);
            var outcome = ScenarioCalculator.Run(calculation);
            if (calculation.MissingCount > 0 || outcome.NotEstimatedReason is not null || outcome.Trace is null)
            {
                continue;
            }

            var reads = new SortedSet<int>();
            CollectReads(outcome.Trace, model, reads);
            prepared.Add(new PreparedCase(answers, sampleCase.Profile.AssessmentDate, (double)sampleCase.ActualWeeklyCost) { Reads = [.. reads] });
        }

        return prepared;
    }

    private static void CollectReads(TraceStep step, WorkingModel model, SortedSet<int> reads)
    {
        foreach (var read in step.Parameters)
        {
            if (read.Source == model.Stamp && model.Index.TryGetValue(read.Key, out var index))
            {
                reads.Add(index);
            }
        }

        foreach (var child in step.Steps)
        {
            CollectReads(child, model, reads);
        }
    }

    /// <summary>
    /// Each case's estimate by parameters fitted to the other folds; folds interleave cases ranked by cost, so each spans
    /// the range. Each fold's fit starts from where the full sample's ended, which saves most of its steps, but is held
    /// towards the current values and judged on its own cases only, so it ends where its own data take it.
    /// </summary>
    private static double[] CrossValidate(WorkingModel model, List<PreparedCase> cases, CalibrationOptions options, FitPath full)
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
            var training = cases.Where((_, i) => fold[i] != k).ToList();
            var fitted = model.With(model.Rounded(Fit(model, training, options, full).Values));
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
    private static FitPath Fit(WorkingModel model, List<PreparedCase> cases, CalibrationOptions options, FitPath? warm)
    {
        var familyMap = VariableMap.Families(model);
        var multipliers = new LeastSquaresFit(model, familyMap, cases, options.Ridge).Solve(options.MaxIterations, warm?.Multipliers);
        var families = familyMap.Values(multipliers);
        var individualMap = VariableMap.Individual(model, families);
        // The warm start keeps the full fit's departures from its family values, moved to this fit's family values.
        double[]? start = warm is null ? null : [.. families.Select((value, j) => value + warm.Values[j] - warm.FamilyValues[j])];
        var values = individualMap.Values(new LeastSquaresFit(model, individualMap, cases, options.IndividualRidge).Solve(options.MaxIterations, start));
        return new FitPath { Multipliers = multipliers, FamilyValues = families, Values = values };
    }

    private static AccuracyFigures Measure(double[] estimates, double[] actuals) =>
        AccuracyStatistics.Measure(
            [.. estimates.Select(value => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero))],
            [.. actuals.Select(value => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero))]);

    private static List<CalibrationChange> Changes(WorkingModel model, double[] fitted)
    {
        var changes = new List<CalibrationChange>();
        for (var j = 0; j < model.Count; j++)
        {
            var before = ParameterBounds.Round(model.Parameters[j], model.Start[j]);
            var after = ParameterBounds.Round(model.Parameters[j], fitted[j]);
            if (before != after)
            {
                var parameter = model.Parameters[j];
                changes.Add(new CalibrationChange { Key = parameter.Key, Label = parameter.Label, Unit = parameter.Unit, Before = before, After = after });
            }
        }

        return changes;
    }

    private static ParameterSet Publishable(ParameterSet current, WorkingModel model, double[] fitted, CalibrationOptions options, CalibrationFigures figures, int cases)
    {
        var reference = string.Create(CultureInfo.InvariantCulture,
            $"{options.Reference}: fitted to {cases} cases; held-out Pearson {Describe(figures.Before.Pearson)} before, {Describe(figures.HeldOutAfter.Pearson)} after ({figures.Folds}-fold cross-validation)");
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

    private static string Describe(double? value) => value is { } number ? number.ToString("0.000", CultureInfo.InvariantCulture) : "not measurable";
}
