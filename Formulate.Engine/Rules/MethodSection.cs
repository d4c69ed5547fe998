namespace Formulate.Engine.Rules;

/// <summary>
/// A heading of the method document ("How estimates are worked out"). Rules that one heading explains together (the ten
/// outcomes' needs met in other ways) share it; the document prints each heading once, with its first rule's prose.
/// </summary>
public sealed record MethodSection
{
    public required string Title { get; init; }

    /// <summary>Key prefixes of the figures the document lists under the heading, e.g. "personal_care.minutes.".</summary>
    public required IReadOnlyList<string> Figures { get; init; }
}
