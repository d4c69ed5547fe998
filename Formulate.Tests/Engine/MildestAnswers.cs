using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

/// <summary>
/// Makes a set of answers valid: questions not asked lose their answer, asked ones without one get the mildest, and
/// optional ones are left as they are, as a profile stored before they were added leaves them.
/// </summary>
public static class MildestAnswers
{
    /// <param name="sustainableDefault">The answer given to a newly asked "can the unpaid support carry on" question.</param>
    public static Dictionary<string, string> Complete(QuestionSet questions, Dictionary<string, string> answers, string sustainableDefault = "yes")
    {
        foreach (var question in questions.Questions)
        {
            if (question.Visibility is not null && !question.Visibility.Holds(new VisibleAnswers(questions, answers)))
            {
                answers.Remove(question.Id);
            }
            else if (!question.Optional && !answers.ContainsKey(question.Id))
            {
                answers[question.Id] = question.Id.EndsWith("_sustainable", StringComparison.Ordinal) ? sustainableDefault
                    : question.Offers("no") ? "no" : question.Answers[0].Code;
            }
        }

        return answers;
    }
}
