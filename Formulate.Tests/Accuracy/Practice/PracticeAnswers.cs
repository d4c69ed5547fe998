using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// Turns a person into the Needs Profile a practitioner would record: each question the set asks, in order, given the
/// answers already recorded, gets the answer <see cref="PractitionerView"/> gives for it. A question it has no view on
/// (a health detail that does not change a package) gets the set's first answer, which in every set so far is the
/// "no need" answer; <see cref="Unmapped"/> lists such questions so a test can see when a new question set adds one.
/// </summary>
public static class PracticeAnswers
{
    public static NeedsProfile Record(PracticePerson person, QuestionSet questions, Random random, DateOnly assessmentDate) =>
        Record(PractitionerView.Of(person, random), questions, assessmentDate);

    public static NeedsProfile Record(IReadOnlyDictionary<string, string> view, QuestionSet questions, DateOnly assessmentDate)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in questions.Questions)
        {
            if (question.Optional || (question.Visibility is not null && !question.Visibility.Holds(new VisibleAnswers(questions, answers))))
            {
                continue;
            }

            answers[question.Id] = view.TryGetValue(question.Id, out var code) && question.Offers(code) ? code : question.Answers[0].Code;
        }

        return new NeedsProfile { AssessmentDate = assessmentDate, Answers = answers };
    }

    /// <summary>Questions of <paramref name="questions"/> the practitioner's view does not answer with an offered code.</summary>
    public static IReadOnlyList<string> Unmapped(PracticePerson person, QuestionSet questions, Random random)
    {
        var view = PractitionerView.Of(person, random);
        return [.. questions.Questions.Where(question => !question.Optional && !(view.TryGetValue(question.Id, out var code) && question.Offers(code))).Select(question => question.Id)];
    }
}
