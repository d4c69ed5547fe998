namespace Formulate.Engine.Questions;

/// <summary>The words a self-assessment shows for a question, its hint and its answers, in the voice chosen at the start.</summary>
public static class CitizenWording
{
    public static string Text(Question question, CitizenVoice voice)
    {
        ArgumentNullException.ThrowIfNull(question);
        return voice == CitizenVoice.They && question.CitizenTextThey is { } they ? they : question.CitizenText;
    }

    /// <summary>The hint written for the person, or null: a practitioner's hint is never shown to them.</summary>
    public static string? Hint(Question question, CitizenVoice voice)
    {
        ArgumentNullException.ThrowIfNull(question);
        return voice == CitizenVoice.They && question.CitizenHintThey is { } they ? they : question.CitizenHint;
    }

    public static string Label(AnswerOption answer, CitizenVoice voice)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return voice == CitizenVoice.They && answer.CitizenLabelThey is { } they ? they : answer.CitizenLabel ?? answer.Label;
    }

    /// <summary>The label of the answer <paramref name="code"/>, or null when the question does not offer it.</summary>
    public static string? LabelOf(Question question, string code, CitizenVoice voice)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answer = question.Answers.FirstOrDefault(a => a.Code == code);
        return answer is null ? null : Label(answer, voice);
    }
}
