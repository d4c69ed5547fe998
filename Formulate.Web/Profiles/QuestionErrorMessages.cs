using System.Text.RegularExpressions;
using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// GOV.UK error messages for unanswered questions, turned from the question into a statement:
/// "How much help does the person need to wash?" becomes "Select how much help the person needs to wash".
/// </summary>
public static partial class QuestionErrorMessages
{
    public static string Select(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return "Select " + Statement(question.Text);
    }

    /// <summary>The question as an indirect question, or null when no rule fits it.</summary>
    public static string? TryStatement(string questionText)
    {
        ArgumentNullException.ThrowIfNull(questionText);
        var text = questionText.Trim().TrimEnd('?').Trim();
        if (text.StartsWith("Overall, ", StringComparison.Ordinal))
        {
            text = char.ToUpperInvariant(text[9]) + text[10..];
        }

        var wh = WhWithAuxiliary().Match(text);
        if (wh.Success)
        {
            return $"{Lower(wh.Groups["wh"].Value)} {Clause(wh.Groups["aux"].Value, wh.Groups["subject"].Value, wh.Groups["verb"].Value, wh.Groups["rest"].Value)}";
        }

        var whIs = WhIs().Match(text);
        if (whIs.Success)
        {
            return $"{Lower(whIs.Groups["wh"].Value)} {whIs.Groups["rest"].Value} {whIs.Groups["aux"].Value}";
        }

        var yesNo = YesNo().Match(text);
        if (yesNo.Success)
        {
            return "whether " + Clause(yesNo.Groups["aux"].Value, yesNo.Groups["subject"].Value, yesNo.Groups["verb"].Value, yesNo.Groups["rest"].Value);
        }

        // "What kind of night support meets the need": the question word is the subject, so nothing moves.
        return WhOnly().IsMatch(text) ? Lower(text) : null;
    }

    /// <summary>"does the person need" becomes "the person needs"; "can the person make" becomes "the person can make".</summary>
    private static string Clause(string auxiliary, string subject, string verb, string rest)
    {
        var aux = auxiliary.ToLowerInvariant();
        if (aux is not ("does" or "do"))
        {
            return $"{subject} {aux} {verb}{rest}";
        }

        var second = SecondVerb().Match(rest);
        if (second.Success)
        {
            rest = " or " + ThirdPerson(second.Groups["verb"].Value) + rest[second.Length..];
        }

        return $"{subject} {ThirdPerson(verb)}{rest}";
    }

    private static string Statement(string questionText) =>
        TryStatement(questionText) ?? Lower(questionText.Trim().TrimEnd('?').Trim());

    private static string ThirdPerson(string verb) => verb switch
    {
        "have" => "has",
        _ when verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
            || verb.EndsWith('x') || verb.EndsWith('o') => verb + "es",
        _ when verb.Length > 1 && verb.EndsWith('y') && !"aeiou".Contains(verb[^2], StringComparison.Ordinal) => verb[..^1] + "ies",
        _ => verb + "s",
    };

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private const string Subjects =
        "the person|the main unpaid carer|the carer|anyone|a practitioner|that unpaid support|that unpaid help with medicines|" +
        "the unpaid night-time help|there|two carers|this";

    [GeneratedRegex("^(?<wh>(On how|How|What|Where|Who|Which|When)\\b.*?) (?<aux>does|do|would|can|is) (?<subject>" + Subjects + ") (?<verb>[a-z0-9-]+)(?<rest>.*)$")]
    private static partial Regex WhWithAuxiliary();

    [GeneratedRegex("^(?<wh>How( old| serious)?|How many [a-z ]+?|What|Who) (?<aux>is|are) (?<rest>.+)$")]
    private static partial Regex WhIs();

    [GeneratedRegex("^(?<aux>Does|Do|Is|Are|Has|Have|Can) (?<subject>" + Subjects + ") (?<verb>[a-z0-9-]+)(?<rest>.*)$")]
    private static partial Regex YesNo();

    [GeneratedRegex("^ or (?<verb>[a-z]+)")]
    private static partial Regex SecondVerb();

    [GeneratedRegex("^(How|What|Where|Who|Which|When)\\b")]
    private static partial Regex WhOnly();
}
