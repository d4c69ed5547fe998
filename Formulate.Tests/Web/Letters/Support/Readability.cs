using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Formulate.Tests.Web.Letters.Support;

/// <summary>A simple check that text suits a reading age of 9 to 11: short sentences and no jargon.</summary>
internal static partial class Readability
{
    public static IReadOnlyList<string> Jargon { get; } =
    [
        "eligible", "eligibility", "allocation", "RAS", "indicative", "resource", "provision", "domiciliary", "respite",
        "statutory", "commissioning", "assessment", "threshold", "parameter", "outcome", "sustainable", "sustainability",
        "CHC", "utilise", "facilitate", "in accordance", "hereby", "aforementioned", "notwithstanding",
    ];

    /// <summary>The sentences in the paragraphs and list items of <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Sentences(IElement root) =>
    [
        .. root.QuerySelectorAll("p, li")
            .SelectMany(element => SentenceEnd().Split(Regex.Replace(element.TextContent, @"\s+", " ").Trim()))
            .Where(sentence => sentence.Length > 0),
    ];

    public static double AverageWords(IReadOnlyList<string> sentences) =>
        sentences.Average(sentence => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>
    /// The jargon used in <paramref name="text"/>, except where a sentence gives a term its name after explaining it in
    /// plain words ("This is called a financial assessment."): people meet those terms on forms and need to know them.
    /// </summary>
    public static IReadOnlyList<string> JargonIn(string text)
    {
        var unnamed = Naming().Replace(text, ".");
        return [.. Jargon.Where(word => Regex.IsMatch(unnamed, $@"\b{Regex.Escape(word)}\b", word.All(char.IsUpper) ? RegexOptions.None : RegexOptions.IgnoreCase))];
    }

    [GeneratedRegex(@"\bThis is called (a|an|your) [^.]*\.")]
    private static partial Regex Naming();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
