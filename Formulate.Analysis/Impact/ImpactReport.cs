namespace Formulate.Analysis.Impact;

/// <summary>What publishing a draft would do to the estimates of everyone with a current agreed budget.</summary>
public sealed record ImpactReport
{
    public required DateOnly AssessedOn { get; init; }

    public required int People { get; init; }

    /// <summary>People whose estimate could be worked out under both versions.</summary>
    public required int Compared { get; init; }

    /// <summary>People whose profile cannot be estimated under one version or the other, with the first reason.</summary>
    public required IReadOnlyList<(string Reference, string Reason)> NotCompared { get; init; }

    public required int Changed { get; init; }

    public required decimal CurrentWeeklyTotal { get; init; }

    public required decimal DraftWeeklyTotal { get; init; }

    public decimal WeeklyChange => DraftWeeklyTotal - CurrentWeeklyTotal;

    /// <summary>52 weeks of the weekly change, as the engine counts a year.</summary>
    public decimal AnnualChange => WeeklyChange * 52m;

    public required IReadOnlyList<ImpactBand> Distribution { get; init; }

    /// <summary>The people whose estimate moves most, largest move first.</summary>
    public required IReadOnlyList<ImpactChange> LargestChanges { get; init; }
}
