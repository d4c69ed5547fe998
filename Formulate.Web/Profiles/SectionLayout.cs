using Formulate.Engine.Questions;
using Formulate.Engine.Questions.Conditions;

namespace Formulate.Web.Profiles;

/// <summary>
/// Lays out a section's questions: a question asked only after one particular answer to the question
/// just above it is revealed inside that answer; a run of time-of-day questions is shown as one question
/// with a box for each time (<see cref="TimesOfDay"/>); every other question stands on its own.
/// Conditional reveals stay simple: follow-ups are never nested twice.
/// </summary>
public static class SectionLayout
{
    public static IReadOnlyList<QuestionGroup> For(QuestionSet questions, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var inSection = questions.Questions.Where(question => question.Section == sectionId).ToList();
        var groups = new List<QuestionGroup>();
        var index = 0;
        while (index < inSection.Count)
        {
            if (TimesOfDay.RunAt(inSection, index) is { Count: > 0 } times)
            {
                groups.Add(new QuestionGroup(times[0], new Dictionary<string, IReadOnlyList<Question>>()) { Times = times });
                index += times.Count;
                continue;
            }

            var parent = inSection[index];
            var followUps = new Dictionary<string, List<Question>>();
            index++;
            while (index < inSection.Count && TimesOfDay.RunAt(inSection, index).Count == 0 && RevealingAnswer(parent, inSection[index]) is { } code)
            {
                if (!followUps.TryGetValue(code, out var list))
                {
                    followUps[code] = list = [];
                }

                list.Add(inSection[index]);
                index++;
            }

            groups.Add(new QuestionGroup(parent, followUps.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Question>)pair.Value)));
        }

        return groups;
    }

    /// <summary>The one answer to <paramref name="parent"/> that makes <paramref name="candidate"/> asked, if its condition reads nothing else.</summary>
    private static string? RevealingAnswer(Question parent, Question candidate)
    {
        if (candidate.Visibility is not { } condition || condition.References().Any(reference => reference.QuestionId != parent.Id))
        {
            return null;
        }

        var revealing = parent.Answers.Where(answer => condition.Holds(new SingleAnswer(parent.Id, answer.Code))).ToList();
        return revealing.Count == 1 ? revealing[0].Code : null;
    }

    private sealed class SingleAnswer(string questionId, string code) : IAnswerSource
    {
        public string? AnswerTo(string id) => id == questionId ? code : null;
    }
}
