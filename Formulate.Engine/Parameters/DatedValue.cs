namespace Formulate.Engine.Parameters;

/// <summary>A value that applies from a date until a later value replaces it. An uplift adds a value; it never edits one.</summary>
public sealed record DatedValue
{
    public required DateOnly From { get; init; }

    public required decimal Value { get; init; }

    /// <summary>Where the value comes from: a published source or the council decision that set it.</summary>
    public required string Reference { get; init; }
}
