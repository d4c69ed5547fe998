using Formulate.Engine.Estimation;
using Formulate.Engine.Rules;

namespace Formulate.Web.Method;

/// <summary>
/// The formula blocks of a model in plain English, as the engine's rule catalogue explains them, one per heading of the
/// method document. The figures themselves are not written here: the document lists them from the parameters in use.
/// </summary>
public static class MethodBlocks
{
    private static readonly Dictionary<string, IReadOnlyList<MethodBlock>> ByFormula =
        ModelFormulas.All.ToDictionary(formula => formula, Build, StringComparer.Ordinal);

    /// <summary>The blocks of a model of <paramref name="formula"/>; a model that names no formula is by activity.</summary>
    public static IReadOnlyList<MethodBlock> For(string? formula) => ByFormula[formula ?? ModelFormulas.ByActivity];

    private static IReadOnlyList<MethodBlock> Build(string formula) =>
    [
        .. RuleCatalogue.Explained(formula).Select(explained => new MethodBlock
        {
            Title = explained.Section.Title,
            // Rules under one heading may share their prose (the ten outcomes' needs met in other ways), so each paragraph is printed once.
            Paragraphs = [.. explained.Section.Paragraphs.Concat(explained.Rules.SelectMany(rule => rule.Paragraphs)).Distinct(StringComparer.Ordinal)],
            ParameterPrefixes = explained.Section.Figures,
        }),
    ];
}
