using Formulate.Engine.Estimation;

namespace Formulate.Engine.Rules;

/// <summary>
/// A heading of the method document ("How estimates are worked out"). Rules that one heading explains together (the ten
/// outcomes' needs met in other ways) share it; the document prints each heading once, with its own prose and then each
/// of its rules' prose once.
/// </summary>
public sealed record MethodSection
{
    public required string Title { get; init; }

    /// <summary>Key prefixes of the figures the document lists under the heading, e.g. "personal_care.minutes.".</summary>
    public required IReadOnlyList<string> Figures { get; init; }

    /// <summary>The model formulas (<see cref="ModelFormulas"/>) whose method document prints the heading.</summary>
    public IReadOnlyList<string> Formulas { get; init; } = ModelFormulas.All;

    /// <summary>
    /// The heading's own prose, printed before its rules': for a rule that both formulas share but work differently (the
    /// care-as-planned formula prices care homes by fee band with the by-activity formula's care home entry), the
    /// formula's own heading says how it works.
    /// </summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}
