using Formulate.Engine.Questions;

namespace Formulate.Engine.Profiles;

/// <summary>Finds every problem with a profile's answers against a question set, not just the first.</summary>
public static class ProfileValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(QuestionSet questions, NeedsProfile profile)
    {
        var problems = new List<ValidationProblem>();
        if (profile.AssessmentDate == default)
        {
            problems.Add(new ValidationProblem
            {
                Kind = ValidationProblemKind.MissingAssessmentDate,
                Message = "Enter the date of the assessment, so that the rates in force on that date are used",
            });
        }

        if (profile.QuestionSetVersion is not null && profile.QuestionSetVersion != questions.Version)
        {
            problems.Add(new ValidationProblem
            {
                Kind = ValidationProblemKind.QuestionSetVersionMismatch,
                Message = $"The answers were given to question set version {profile.QuestionSetVersion}, " +
                          $"but this engine uses version {questions.Version}; estimate them with the version they were given to",
            });
        }

        var visible = new VisibleAnswers(questions, profile.Answers);
        var undetermined = Undetermined(questions, profile.Answers);
        foreach (var (questionId, code) in profile.Answers.OrderBy(answer => questions.PositionOf(answer.Key)).ThenBy(answer => answer.Key, StringComparer.Ordinal))
        {
            CheckAnswer(questions, visible, undetermined, questionId, code, problems);
        }

        foreach (var question in visible.VisibleQuestions().Where(question => !profile.Answers.ContainsKey(question.Id) && !undetermined.Contains(question.Id)))
        {
            problems.Add(Problem(ValidationProblemKind.MissingRequiredAnswer, question.Id,
                $"Answer \"{question.Text}\""));
        }

        return problems;
    }

    /// <summary>
    /// Questions whose visibility hangs on an answer the question set does not offer. Until that answer is put right,
    /// whether they are asked is unknown, so they are neither reported as hidden nor as missing.
    /// </summary>
    private static HashSet<string> Undetermined(QuestionSet questions, IReadOnlyDictionary<string, string> answers)
    {
        var undetermined = new HashSet<string>(answers.Where(answer => questions.Find(answer.Key) is { } question && !question.Offers(answer.Value)).Select(answer => answer.Key));
        foreach (var question in questions.Questions.Where(question => question.Visibility is not null))
        {
            if (question.Visibility!.References().Any(reference => undetermined.Contains(reference.QuestionId)))
            {
                undetermined.Add(question.Id);
            }
        }

        return undetermined;
    }

    private static void CheckAnswer(
        QuestionSet questions, VisibleAnswers visible, HashSet<string> undetermined, string questionId, string code, List<ValidationProblem> problems)
    {
        var question = questions.Find(questionId);
        if (question is null)
        {
            problems.Add(Problem(ValidationProblemKind.UnknownQuestion, questionId,
                $"'{questionId}' is not a question in question set {questions.Version}; remove the answer or check the id"));
        }
        else if (!question.Offers(code))
        {
            var offered = string.Join(", ", question.Answers.Select(answer => $"'{answer.Code}'"));
            problems.Add(Problem(ValidationProblemKind.AnswerNotOffered, questionId,
                $"'{code}' is not an answer to \"{question.Text}\"; choose one of {offered}"));
        }
        else if (!visible.IsVisible(questionId) && !undetermined.Contains(questionId))
        {
            problems.Add(Problem(ValidationProblemKind.AnswerToHiddenQuestion, questionId,
                $"\"{question.Text}\" is not asked given the other answers, so its answer cannot be used; remove it"));
        }
    }

    private static ValidationProblem Problem(ValidationProblemKind kind, string questionId, string message) =>
        new() { Kind = kind, QuestionId = questionId, Message = message };
}
