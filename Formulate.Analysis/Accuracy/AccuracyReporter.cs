using Formulate.Engine;
using Formulate.Engine.Estimation;

namespace Formulate.Analysis.Accuracy;

/// <summary>Estimates every case in a sample with one engine definition and compares the estimates with the actual packages.</summary>
public static class AccuracyReporter
{
    public const string PrimarySupportReasonQuestion = "person.primary_support_reason";
    public const string LivingSituationQuestion = "person.living_situation";
    private const int DifferencesShown = 3;

    public static AccuracyReport Report(EngineDefinition definition, Sample sample, decimal tolerancePercent)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerancePercent);
        var engine = new FormulateEngine(definition);
        var estimated = new List<EstimatedCase>(sample.Cases.Count);
        var unestimated = new List<LeftOutCase>();
        var excluded = new List<LeftOutCase>();
        foreach (var sampleCase in sample.Cases)
        {
            if (sampleCase.ExcludedBecause is { } reason)
            {
                excluded.Add(new LeftOutCase { CaseId = sampleCase.CaseId, Reason = reason });
                continue;
            }

            var outcome = engine.Estimate(sampleCase.Profile);
            if (outcome.Result is { } result)
            {
                estimated.Add(new EstimatedCase(sampleCase, result, NeedPoints.Score(definition.Questions, sampleCase.Profile)));
            }
            else
            {
                unestimated.Add(new LeftOutCase { CaseId = sampleCase.CaseId, Reason = string.Join("; ", outcome.Problems.Select(problem => problem.Message)) });
            }
        }

        var poundsPerPoint = PerPointBaseline.Fit([.. estimated.Select(c => c.Points)], [.. estimated.Select(c => c.Actual)]);
        var points = estimated.Select(c => new ScatterPoint
        {
            CaseId = c.Case.CaseId,
            Estimate = c.Estimate,
            Actual = c.Actual,
            WithinTolerance = Within(c, tolerancePercent),
        }).ToList();

        return new AccuracyReport
        {
            Versions = definition.Stamp,
            TolerancePercent = tolerancePercent,
            Overall = Measure(estimated),
            BeforeLimits = Measure(estimated, c => c.BeforeLimits),
            EstimatesAtLimits = estimated.Count(c => c.Result.Adjustments.Count > 0),
            ByPrimarySupportReason = ByAnswer(definition, estimated, PrimarySupportReasonQuestion),
            ByLivingSituation = ByAnswer(definition, estimated, LivingSituationQuestion),
            ByNeedBand = [.. estimated
                .GroupBy(c => NeedPoints.Band(c.Points))
                .OrderBy(group => group.Min(c => c.Points))
                .Select(group => new GroupFigures { Group = group.Key, Label = NeedPoints.BandLabel(group.Key), Figures = Measure([.. group]) })],
            Baseline = new BaselineFigures
            {
                PoundsPerPoint = poundsPerPoint,
                Figures = Measure(estimated, c => PerPointBaseline.Score(c.Points, poundsPerPoint)),
            },
            Points = points,
            Outliers = Outliers(definition, estimated, tolerancePercent),
            Unestimated = unestimated,
            Excluded = excluded,
        };
    }

    private static bool Within(EstimatedCase c, decimal tolerancePercent) =>
        Math.Abs(c.Estimate - c.Actual) <= c.Actual * tolerancePercent / 100m;

    /// <param name="estimate">The figure compared with each actual cost; the estimate as given unless said.</param>
    private static AccuracyFigures Measure(IReadOnlyList<EstimatedCase> cases, Func<EstimatedCase, decimal>? estimate = null) =>
        AccuracyStatistics.Measure([.. cases.Select(estimate ?? (c => c.Estimate))], [.. cases.Select(c => c.Actual)]);

    private static List<GroupFigures> ByAnswer(EngineDefinition definition, List<EstimatedCase> cases, string questionId)
    {
        var question = definition.Questions.Find(questionId);
        return [.. cases
            .GroupBy(c => c.Case.Profile.Answers.TryGetValue(questionId, out var code) ? code : "not_answered")
            .OrderBy(group => question?.Answers.ToList().FindIndex(answer => answer.Code == group.Key) ?? 0)
            .Select(group => new GroupFigures
            {
                Group = group.Key,
                Label = question?.LabelOf(group.Key) ?? "Not answered",
                Figures = Measure([.. group]),
            })];
    }

    private static List<Outlier> Outliers(EngineDefinition definition, List<EstimatedCase> cases, decimal tolerancePercent) =>
        [.. cases
            .Where(c => !Within(c, tolerancePercent))
            .OrderByDescending(c => Math.Abs(c.Actual - c.Estimate))
            .ThenBy(c => c.Case.CaseId, StringComparer.Ordinal)
            .Select((c, index) =>
            {
                var differences = Differences(c);
                return new Outlier
                {
                    Rank = index + 1,
                    CaseId = c.Case.CaseId,
                    Estimate = c.Estimate,
                    Actual = c.Actual,
                    LargestDifferences = differences,
                    LikelyCause = LikelyCause.For(definition, c.Case, differences),
                };
            })];

    /// <summary>Estimate and package compared by the package's support types, so a banded estimate line meets its package line.</summary>
    private static List<SupportDifference> Differences(EstimatedCase c)
    {
        var estimated = c.Result.AllocationSummary.Select(line => (Type: SampleFormat.PackageSupportType(line.SupportType), line.Area, line.Amount)).ToList();
        var types = estimated.Select(line => line.Type)
            .Concat(c.Case.Package.Select(line => line.SupportType))
            .Distinct(StringComparer.Ordinal);
        return [.. types
            .Select(type => new SupportDifference
            {
                SupportType = type,
                Areas = [.. estimated.Where(line => line.Type == type).Select(line => line.Area).Distinct(StringComparer.Ordinal)],
                Estimated = estimated.Where(line => line.Type == type).Sum(line => line.Amount),
                Actual = c.Case.Package.Where(line => line.SupportType == type).Sum(line => line.WeeklyCost),
            })
            .Where(difference => difference.Difference != 0m)
            .OrderByDescending(difference => Math.Abs(difference.Difference))
            .ThenBy(difference => difference.SupportType, StringComparer.Ordinal)
            .Take(DifferencesShown)];
    }

    private sealed record EstimatedCase(SampleCase Case, EstimateResult Result, int Points)
    {
        public decimal Estimate => Result.WeeklyEstimate;

        public decimal BeforeLimits => BudgetLimits.Without(Result.WeeklyEstimate, Result.Adjustments);

        public decimal Actual => Case.ActualWeeklyCost;
    }
}
