using System.Text.RegularExpressions;
using Formulate.Engine.Questions;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// Text written to the person ("Help to look after your child") as a helper reads it about them ("Help to look after
/// their child"), so that nothing says "you" to someone answering for another person.
/// </summary>
public static partial class CitizenVoicing
{
    /// <summary>The voice a self-assessment was started in, from what is stored ("they" or "you").</summary>
    public static CitizenVoice Of(string? storedVoice) => storedVoice == "they" ? CitizenVoice.They : CitizenVoice.You;

    public static string In(string text, CitizenVoice voice)
    {
        ArgumentNullException.ThrowIfNull(text);
        return voice == CitizenVoice.They
            ? YouAsSubject().Replace(Your().Replace(text, match => char.IsUpper(match.Value[0]) ? "Their" : "their"), "they $1").Replace(" you", " them", StringComparison.Ordinal)
            : text;
    }

    [GeneratedRegex(@"\byour\b", RegexOptions.IgnoreCase)]
    private static partial Regex Your();

    /// <summary>"you live", "you need": the subject of a verb, which becomes "they" rather than "them".</summary>
    [GeneratedRegex(@"\byou (live|need|pay|are)\b")]
    private static partial Regex YouAsSubject();
}
