namespace Formulate.Analysis.Impact;

/// <summary>What publishing a draft would do to the estimates of everyone with a current agreed budget.</summary>
public sealed record ImpactReport
{
    public required DateOnly AssessedOn { get; init; }

    /// <summary>
    /// The first date on or after <see cref="AssessedOn"/> on which the draft changes a value estimates read
    /// (<see cref="DraftTiming.FirstDifference"/>); null when it changes none from then on.
    /// </summary>
    public required DateOnly? DraftDiffersFrom { get; init; }

    /// <summary>Whether the draft changes anything on <see cref="AssessedOn"/>; when not, every change shown would be £0.00 whatever it does later.</summary>
    public bool DraftInForce => DraftDiffersFrom == AssessedOn;

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
