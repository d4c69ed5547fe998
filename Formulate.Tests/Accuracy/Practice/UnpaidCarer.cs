namespace Formulate.Tests.Accuracy.Practice;

/// <summary>A family member or friend who cares without pay.</summary>
public sealed record UnpaidCarer
{
    public required bool LivesWithPerson { get; init; }

    /// <summary>partner, parent, adult_child, other_relative or friend.</summary>
    public required string Relationship { get; init; }

    /// <summary>under_18, 18_64, 65_74 or 75_plus.</summary>
    public required string AgeBand { get; init; }

    public required CarerStrain Strain { get; init; }

    /// <summary>How much of the daily care the carer does and will go on doing: 0 none, 1 some, 2 most, 3 all.</summary>
    public required int Share { get; init; }

    public required bool Works { get; init; }

    /// <summary>Hours of caring a week: 0 under 20, 1 20 to 49, 2 50 or more.</summary>
    public required int HoursBand { get; init; }
}
