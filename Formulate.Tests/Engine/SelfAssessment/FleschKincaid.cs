using System.Text.RegularExpressions;

namespace Formulate.Tests.Engine.SelfAssessment;

/// <summary>
/// The Flesch–Kincaid grade of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. A US school
/// grade; grades 4 to 6 are read by children of 9 to 11.
/// </summary>
internal static partial class FleschKincaid
{
    public static double Grade(IEnumerable<string> sentences)
    {
        var counted = sentences.Select(sentence => Words().Matches(sentence).Select(word => word.Value).ToList()).Where(words => words.Count > 0).ToList();
        var words = counted.Sum(list => list.Count);
        var syllables = counted.Sum(list => list.Sum(Syllables));
        return (0.39 * words / counted.Count) + (11.8 * syllables / words) - 15.59;
    }

    /// <summary>Groups of vowels, less a silent final e, at least one: the usual approximation.</summary>
    public static int Syllables(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(char.IsDigit))
        {
            return 1;
        }

        var groups = VowelGroups().Count(lower);
        if (lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal) && groups > 1)
        {
            groups--;
        }

        return Math.Max(1, groups);
    }

    [GeneratedRegex(@"[A-Za-z0-9']+")]
    private static partial Regex Words();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroups();
}
