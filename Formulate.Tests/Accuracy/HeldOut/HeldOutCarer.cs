namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// The main unpaid carer. Health, sustainability and willingness run 0 (good, sustainable, willing) to 2 (poor, cannot
/// carry on, unwilling); <see cref="BreakNeed"/> 0 none to 3 about four weeks a year.
/// </summary>
public sealed record HeldOutCarer
{
    /// <summary>partner, parent, adult_child, other_relative or friend.</summary>
    public required string Relationship { get; init; }

    /// <summary>under_18, 18_64, 65_74 or 75_plus.</summary>
    public required string AgeBand { get; init; }

    public required bool LivesWithPerson { get; init; }

    /// <summary>under_20, 20_49 or 50_plus hours a week.</summary>
    public required string HoursBand { get; init; }

    public required int Health { get; init; }

    public required int Sustainability { get; init; }

    public required int Willingness { get; init; }

    /// <summary>0 none, 1 some, 2 eligible needs of their own.</summary>
    public required int OwnNeeds { get; init; }

    public required int BreakNeed { get; init; }

    /// <summary>completed, offered_declined or not_offered.</summary>
    public required string Assessment { get; init; }

    public required bool Works { get; init; }

    /// <summary>How far the council can rely on this carer: sustainable and willing help counts in full, help at risk or given with limits in part.</summary>
    public decimal Reliance =>
        (Sustainability switch { 0 => 1m, 1 => 0.5m, _ => 0m }) * (Willingness switch { 0 => 1m, 1 => 0.7m, _ => 0m });
}
