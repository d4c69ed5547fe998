namespace Formulate.Engine.Parameters;

/// <summary>A named rate, time, factor, threshold or decision with its history of dated values.</summary>
public sealed record Parameter
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    /// <summary>Unit and period, e.g. "GBP per hour", "minutes per day", "factor", "yes/no".</summary>
    public required string Unit { get; init; }

    /// <summary>Plain-English account of what the value does to estimates.</summary>
    public string? Description { get; init; }

    /// <summary>Dated values, earliest first.</summary>
    public required IReadOnlyList<DatedValue> Values { get; init; }

    /// <summary>The value in force on <paramref name="date"/>, or null when none had started by then.</summary>
    public DatedValue? At(DateOnly date)
    {
        // Indexed rather than foreach: this runs for every parameter read, and an interface enumerator allocates.
        DatedValue? current = null;
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i].From <= date)
            {
                current = Values[i];
            }
        }

        return current;
    }
}
