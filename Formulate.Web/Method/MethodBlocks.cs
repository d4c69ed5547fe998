using Formulate.Engine.Rules;

namespace Formulate.Web.Method;

/// <summary>
/// The formula blocks of the engine in plain English, as the engine's rule catalogue explains them, one per heading of
/// the method document. The figures themselves are not written here: the document lists them from the parameters in use.
/// </summary>
public static class MethodBlocks
{
    public static IReadOnlyList<MethodBlock> All { get; } =
    [
        .. RuleCatalogue.Explained.Select(explained => new MethodBlock
        {
            Title = explained.Section.Title,
            // Rules under one heading share their prose (the ten outcomes' needs met in other ways), so the first rule's is the heading's.
            Paragraphs = explained.Rules[0].Paragraphs,
            ParameterPrefixes = explained.Section.Figures,
        }),
    ];
}
