namespace Formulate.Engine.Rules;

/// <summary>
/// One rule, declared once: the id that traces, results and statements carry, its label, the prose that explains it,
/// what the letter calls it, the parameters it reads and where it comes from.
/// </summary>
public sealed record RuleEntry
{
    /// <summary>The id, written out in the catalogue so that searching the source for it finds this declaration.</summary>
    public required string Id { get; init; }

    public required RuleKind Kind { get; init; }

    /// <summary>The plain-English label: a trace step's label, a line's area, a what-if's or a domain's name.</summary>
    public required string Label { get; init; }

    /// <summary>How the rule works, in plain English; the method document prints it for rules under a <see cref="Method"/> heading.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>The law, guidance or council decision the rule rests on.</summary>
    public required string Reference { get; init; }

    /// <summary>Keys or key prefixes of the parameters the rule reads itself (not those its child steps read).</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>The method document heading the rule is explained under; null when the document does not print it.</summary>
    public MethodSection? Method { get; init; }

    /// <summary>For an area: the name of its allocation lines. For a line: null, since <see cref="Label"/> names it.</summary>
    public string? LineLabel { get; init; }

    /// <summary>What the letter calls an allocation line of this area or line, e.g. "Help with personal care"; null for a line that uses its area's.</summary>
    public string? LetterPhrase { get; init; }

    /// <summary>For a line: the area it belongs to.</summary>
    public RuleEntry? Area { get; init; }

    /// <summary>For a line: the support type that tells it apart from its area's other lines; null when only its label differs.</summary>
    public string? SupportType { get; init; }
}
