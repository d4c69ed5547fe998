using Formulate.Engine.Estimation;

namespace Formulate.Analysis.Accuracy;

/// <summary>How well one configuration and model version estimate a sample's actual packages.</summary>
public sealed record AccuracyReport
{
    /// <summary>The question set, model and configuration versions the estimates used.</summary>
    public required VersionStamp Versions { get; init; }

    /// <summary>The half-width of the band around the line of equality, as a percentage of the actual cost.</summary>
    public required decimal TolerancePercent { get; init; }

    public required AccuracyFigures Overall { get; init; }

    /// <summary>
    /// The same comparison with each estimate taken before the council's high-end cap and minimum budget: the model's own
    /// figures, which calibration fits. Where no estimate reached a limit it equals <see cref="Overall"/>.
    /// </summary>
    public required AccuracyFigures BeforeLimits { get; init; }

    /// <summary>How many estimates the council's cap or minimum changed.</summary>
    public required int EstimatesAtLimits { get; init; }

    public required IReadOnlyList<GroupFigures> ByPrimarySupportReason { get; init; }

    public required IReadOnlyList<GroupFigures> ByLivingSituation { get; init; }

    public required IReadOnlyList<GroupFigures> ByNeedBand { get; init; }

    public required BaselineFigures Baseline { get; init; }

    public required IReadOnlyList<ScatterPoint> Points { get; init; }

    /// <summary>Cases outside the tolerance band, largest difference first.</summary>
    public required IReadOnlyList<Outlier> Outliers { get; init; }

    public required IReadOnlyList<LeftOutCase> Unestimated { get; init; }

    /// <summary>Cases the council's file excludes, with its reasons; checked like every other row but left out of the figures.</summary>
    public IReadOnlyList<LeftOutCase> Excluded { get; init; } = [];
}
