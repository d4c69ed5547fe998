namespace Formulate.Engine.Parameters;

/// <summary>A value that applies from a date until a later value replaces it. An uplift adds a value; it never edits one.</summary>
public sealed record DatedValue
{
    /// <summary>The longest source or council decision the screens accept: enough to cite a decision, short enough to show beside every value.</summary>
    public const int MaxReferenceLength = 500;

    public required DateOnly From { get; init; }

    public required decimal Value { get; init; }

    /// <summary>Where the value comes from: a published source or the council decision that set it.</summary>
    public required string Reference { get; init; }
}
