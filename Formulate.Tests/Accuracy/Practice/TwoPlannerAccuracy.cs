using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// Calibrates the model on small samples from one planner's council and measures it on a large sample from the same or
/// the other planner's council, as a council would test a calibration on packages it did not see. The model's weightings
/// travel; the rates are each council's own configuration.
/// </summary>
public static class TwoPlannerAccuracy
{
    private static readonly CalibrationOptions Options = new()
    {
        NewVersion = "calibrated",
        EffectiveFrom = new DateOnly(2027, 4, 1),
        Reference = "Calibrated against a synthetic sample",
        // The figures here are measured on a separate large sample, so the calibrator's own cross-validation needs only
        // its smallest number of folds.
        Folds = 2,
    };

    /// <summary>The calibrated model parameters for each seed's sample of <paramref name="size"/> people from <paramref name="source"/>.</summary>
    public static IReadOnlyList<Calibrated> Calibrate(PlannerSource source, IReadOnlyList<int> seeds, int size) =>
        [.. seeds.Select(seed =>
        {
            var sample = source.Generate(size, seed);
            var result = ModelCalibrator.Calibrate(source.Definition, sample, Options);
            result.Problems.ShouldBeEmpty();
            var points = sample.Cases.Select(c => NeedPoints.Score(source.Definition.Questions, c.Profile)).ToList();
            return new Calibrated(result.Model!, PerPointBaseline.Fit(points, [.. sample.Cases.Select(c => c.ActualWeeklyCost)]));
        })];

    public static HeldOutFigures Measure(PlannerSource calibratedOn, IReadOnlyList<Calibrated> calibrations, PlannerSource measuredOn, Sample sample)
    {
        // The calibrated values apply from their effective date, so the large sample is estimated as at that date.
        var measured = sample with { Cases = [.. sample.Cases.Select(c => c with { Profile = c.Profile with { AssessmentDate = Options.EffectiveFrom } })] };
        var reports = new List<AccuracyReport>();
        var pearsons = new List<double>();
        var errors = new List<double>();
        var baselinePearsons = new List<double>();
        var baselineErrors = new List<double>();
        var points = measured.Cases.Select(c => NeedPoints.Score(measuredOn.Definition.Questions, c.Profile)).ToList();
        var actuals = measured.Cases.Select(c => c.ActualWeeklyCost).ToList();
        foreach (var calibration in calibrations)
        {
            var report = AccuracyReporter.Report(measuredOn.Definition with { Model = calibration.Model }, measured, 25m);
            report.Unestimated.ShouldBeEmpty();
            reports.Add(report);
            pearsons.Add(report.Overall.Pearson!.Value);
            errors.Add(MedianAbsolutePercentageError([.. report.Points.Select(p => p.Estimate)], [.. report.Points.Select(p => p.Actual)]));
            var baseline = points.Select(p => PerPointBaseline.Score(p, calibration.PoundsPerPoint)).ToList();
            baselinePearsons.Add(AccuracyStatistics.Measure(baseline, actuals).Pearson ?? 0);
            baselineErrors.Add(MedianAbsolutePercentageError(baseline, actuals));
        }

        return new HeldOutFigures
        {
            CalibratedOn = calibratedOn.Name,
            MeasuredOn = measuredOn.Name,
            Samples = calibrations.Count,
            CalibrationSize = SampleFormat.MinRows,
            MeasuredSize = measured.Cases.Count,
            ShippedPearson = AccuracyReporter.Report(measuredOn.Definition, measured, 25m).Overall.Pearson!.Value,
            MedianPearson = AccuracyStatistics.Median(pearsons),
            LowestPearson = pearsons.Min(),
            MedianAbsolutePercentageError = AccuracyStatistics.Median(errors),
            BaselineMedianPearson = AccuracyStatistics.Median(baselinePearsons),
            BaselineMedianAbsolutePercentageError = AccuracyStatistics.Median(baselineErrors),
            BaselineMedianPoundsPerPoint = calibrations.Select(c => c.PoundsPerPoint).Order().ElementAt(calibrations.Count / 2),
            BySetting = BySetting(measured, reports.OrderBy(r => r.Overall.Pearson).ElementAt(reports.Count / 2)),
        };
    }

    private static IReadOnlyList<SettingFigures> BySetting(Sample measured, AccuracyReport report)
    {
        var estimates = report.Points.ToDictionary(point => point.CaseId, point => point.Estimate);
        return [.. measured.Cases
            .GroupBy(c => c.Profile.Answers[AccuracyReporter.LivingSituationQuestion])
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var estimated = group.Select(c => estimates[c.CaseId]).ToList();
                var actual = group.Select(c => c.ActualWeeklyCost).ToList();
                return new SettingFigures(group.Key, group.Count(), AccuracyStatistics.Measure(estimated, actual).Pearson, (double)(estimated.Sum() / actual.Sum()));
            })];
    }

    /// <summary>The median over cases of |estimate − actual| ÷ actual, as a percentage.</summary>
    public static double MedianAbsolutePercentageError(IReadOnlyList<decimal> estimates, IReadOnlyList<decimal> actuals) =>
        AccuracyStatistics.Median(estimates.Zip(actuals).Where(pair => pair.Second > 0).Select(pair => (double)(Math.Abs(pair.First - pair.Second) / pair.Second) * 100));
}
