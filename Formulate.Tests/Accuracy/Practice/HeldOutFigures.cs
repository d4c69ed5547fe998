namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// The figures for a model calibrated on small samples from one source and measured on a large sample from another (or
/// the same) source: medians over the samples, the lowest Pearson beside the median, and the £-per-point baseline
/// fitted to the same small samples.
/// </summary>
public sealed record HeldOutFigures
{
    public required string CalibratedOn { get; init; }

    public required string MeasuredOn { get; init; }

    public required int Samples { get; init; }

    public required int CalibrationSize { get; init; }

    public required int MeasuredSize { get; init; }

    /// <summary>The shipped model's Pearson on the same large sample, before any calibration.</summary>
    public required double ShippedPearson { get; init; }

    public required double MedianPearson { get; init; }

    public required double LowestPearson { get; init; }

    public required double MedianAbsolutePercentageError { get; init; }

    public required double BaselineMedianPearson { get; init; }

    public required double BaselineMedianAbsolutePercentageError { get; init; }

    public required decimal BaselineMedianPoundsPerPoint { get; init; }

    /// <summary>By living situation, for the calibration whose Pearson is the median: where the model and the packages part.</summary>
    public required IReadOnlyList<SettingFigures> BySetting { get; init; }
}
