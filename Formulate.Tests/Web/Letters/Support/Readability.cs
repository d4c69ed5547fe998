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

    public static IReadOnlyList<string> JargonIn(string text) =>
        [.. Jargon.Where(word => Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", word.All(char.IsUpper) ? RegexOptions.None : RegexOptions.IgnoreCase))];

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
