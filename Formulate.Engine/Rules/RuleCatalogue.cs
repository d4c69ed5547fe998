namespace Formulate.Engine.Rules;

/// <summary>
/// Every rule of the engine, each declared once in this folder: the formula blocks' steps, the allocation lines, the
/// quality-assurance rules, the what-ifs and the CHC Checklist rules. The blocks take their ids and labels from here, and
/// the method document, the letter and the parameter screens read it; to add a rule, add its entry (docs/engine.md).
/// </summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<RuleEntry> All { get; } =
    [
        StepRules.WeeklyEstimate, StepRules.PersonFactors, .. RemainingNeedRules.All, .. AreaRules.All, .. LineRules.All, StepRules.Limits,
        .. PlannedRules.Steps, .. PlannedRules.Areas,
        .. QaRules.All, .. WhatIfRules.All, .. ChcCatalogueEntries.All,
    ];

    // TryAdd rather than ToDictionary: a repeated id is reported by the catalogue's tests, not by a failed type initialiser.
    private static readonly Dictionary<string, RuleEntry> ById = Index();

    /// <summary>The method document's headings for a model of <paramref name="formula"/> in order, each with the rules it explains.</summary>
    public static IReadOnlyList<ExplainedSection> Explained(string formula) =>
        [.. MethodDocumentOrder.For(formula).Select(section => new ExplainedSection(section, [.. All.Where(rule => rule.Method == section)]))];

    public static RuleEntry? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>
    /// The rule an allocation line was priced under: the line of its area with its support type where the area declares
    /// one, else the area itself; null for an area this engine does not know (a line read back from elsewhere).
    /// </summary>
    public static RuleEntry? LineOf(string areaId, string supportType)
    {
        foreach (var line in LineRules.All)
        {
            if (line.Area!.Id == areaId && line.SupportType == supportType)
            {
                return line;
            }
        }

        return Find(areaId) is { Kind: RuleKind.Area } area ? area : null;
    }

    /// <summary>What the letter calls a line of this rule: its own phrase, or its area's.</summary>
    public static string? LetterPhraseOf(RuleEntry rule) => rule.LetterPhrase ?? rule.Area?.LetterPhrase;

    /// <summary>The rules that read a parameter, by its key.</summary>
    public static IReadOnlyList<RuleEntry> Reading(string parameterKey) =>
        [.. All.Where(rule => rule.Parameters.Any(prefix => parameterKey.StartsWith(prefix, StringComparison.Ordinal)))];

    private static Dictionary<string, RuleEntry> Index()
    {
        var index = new Dictionary<string, RuleEntry>(StringComparer.Ordinal);
        foreach (var rule in All)
        {
            index.TryAdd(rule.Id, rule);
        }

        return index;
    }
}
