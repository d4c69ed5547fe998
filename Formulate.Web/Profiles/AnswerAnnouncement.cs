using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// What a screen reader hears after an answer is saved: the question and answer, so that every save reads differently,
/// then the questions the answer brought into the section or took out of it, which a sighted practitioner sees change,
/// and last the estimate panel as it now stands.
/// </summary>
public static class AnswerAnnouncement
{
    public static string Saved(
        Question question, string code, IReadOnlyList<Question> newlyAsked, IReadOnlyList<Question> noLongerAsked, IReadOnlyList<Question> removed,
        RunningEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Saved(question, code, newlyAsked, noLongerAsked, removed, estimate.Summary);
    }

    /// <param name="panel">The estimate panel in one sentence, as it now stands.</param>
    public static string Saved(
        Question question, string code, IReadOnlyList<Question> newlyAsked, IReadOnlyList<Question> noLongerAsked, IReadOnlyList<Question> removed,
        string panel)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(newlyAsked);
        ArgumentNullException.ThrowIfNull(noLongerAsked);
        ArgumentNullException.ThrowIfNull(removed);
        var sentences = new List<string> { $"Your answer to '{question.Text}' has been saved: {question.LabelOf(code) ?? code}." };
        if (newlyAsked.Count > 0)
        {
            sentences.Add($"{Count(newlyAsked.Count, "new question")}: {Quoted(newlyAsked)}.");
        }

        var unansweredGone = noLongerAsked.Where(gone => removed.All(answered => answered.Id != gone.Id)).ToList();
        if (unansweredGone.Count > 0)
        {
            sentences.Add($"{Count(unansweredGone.Count, "question")} no longer asked: {Quoted(unansweredGone)}.");
        }

        sentences.AddRange(removed.Select(gone => $"We removed your answer to '{gone.Text}' because it no longer applies."));
        sentences.Add(panel);
        return string.Join(" ", sentences);
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Quoted(IReadOnlyList<Question> questions)
    {
        var quoted = questions.Select(question => $"'{question.Text}'").ToList();
        return quoted.Count == 1 ? quoted[0] : $"{string.Join(", ", quoted.Take(quoted.Count - 1))} and {quoted[^1]}";
    }
}
