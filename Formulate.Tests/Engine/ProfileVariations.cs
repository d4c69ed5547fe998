using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

/// <summary>Small changes to a valid profile that keep it valid, for property tests.</summary>
public static class ProfileVariations
{
    private static readonly QuestionSet Questions = DefaultDefinitions.Definition.Questions;

    public static readonly string[] NeedLevels = ["none", "prompting", "some", "most", "all"];

    public static readonly string[] ShareLevels = ["none", "some", "most", "all"];

    public static readonly string[] Sustainability = ["no", "at_risk", "yes"];

    /// <summary>The profile with one answer changed; newly asked questions get their mildest answer, answers no longer asked are dropped.</summary>
    public static NeedsProfile With(this NeedsProfile profile, string questionId, string code, string sustainableDefault = "yes")
    {
        var answers = new Dictionary<string, string>(profile.Answers) { [questionId] = code };
        return profile with { Answers = MildestAnswers.Complete(Questions, answers, sustainableDefault) };
    }

    /// <summary>The next answer up a scale, or null at the top or when the question is not asked.</summary>
    public static string? NextUp(this NeedsProfile profile, string questionId, string[] scale)
    {
        if (!profile.Answers.TryGetValue(questionId, out var code))
        {
            return null;
        }

        var position = Array.IndexOf(scale, code);
        return position < 0 || position == scale.Length - 1 ? null : scale[position + 1];
    }
}
