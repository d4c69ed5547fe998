using Formulate.Engine.Profiles;

namespace Formulate.Analysis.Accuracy;

/// <summary>One person in an accuracy sample: a pseudonymous case id, their Needs Profile answers and their actual package.</summary>
public sealed record SampleCase
{
    /// <summary>The council's pseudonymous reference, as given; never a name.</summary>
    public required string CaseId { get; init; }

    /// <summary>The row of the file the case came from (the header is row 1).</summary>
    public required int Row { get; init; }

    public required NeedsProfile Profile { get; init; }

    public required IReadOnlyList<PackageLine> Package { get; init; }

    /// <summary>
    /// Why the council leaves this case out of the figures, for example "Joint funding with the NHS" or "No care package";
    /// null for a case that counts.
    /// </summary>
    public string? ExcludedBecause { get; init; }

    /// <summary>The actual weekly cost: the sum of the package lines.</summary>
    public decimal ActualWeeklyCost
    {
        get
        {
            var total = 0m;
            foreach (var line in Package)
            {
                total += line.WeeklyCost;
            }

            return total;
        }
    }
}
