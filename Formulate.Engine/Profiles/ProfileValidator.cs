using Formulate.Engine.Questions;

namespace Formulate.Engine.Profiles;

/// <summary>Finds every problem with a profile's answers against a question set, not just the first.</summary>
public static class ProfileValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(QuestionSet questions, NeedsProfile profile) =>
        Validate(questions, profile, new VisibleAnswers(questions, profile.Answers));

    internal static IReadOnlyList<ValidationProblem> Validate(QuestionSet questions, NeedsProfile profile, VisibleAnswers visible)
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

        var answers = profile.Answers;
        var undetermined = Undetermined(questions, visible);
        for (var position = 0; position < questions.Count; position++)
        {
            var question = questions.Questions[position];
            var settled = undetermined is null || !undetermined.Contains(question.Id);
            var code = visible.Codes[position];
            if (code is null)
            {
                if (visible.IsVisibleAt(position) && settled && !question.Optional)
                {
                    problems.Add(Problem(ValidationProblemKind.MissingRequiredAnswer, question.Id, $"Answer \"{question.Text}\""));
                }
            }
            else if (!visible.IsOfferedAt(position))
            {
                var offered = string.Join(", ", question.Answers.Select(answer => $"'{answer.Code}'"));
                problems.Add(Problem(ValidationProblemKind.AnswerNotOffered, question.Id,
                    $"'{code}' is not an answer to \"{question.Text}\"; choose one of {offered}"));
            }
            else if (!visible.IsVisibleAt(position) && settled)
            {
                problems.Add(Problem(ValidationProblemKind.AnswerToHiddenQuestion, question.Id,
                    $"\"{question.Text}\" is not asked given the other answers, so its answer cannot be used; remove it"));
            }
        }

        var unknownIds = visible.AnsweredCount == answers.Count ? [] : answers.Keys.Where(id => questions.PositionOf(id) < 0).Order(StringComparer.Ordinal).ToList();
        foreach (var unknown in unknownIds)
        {
            problems.Add(Problem(ValidationProblemKind.UnknownQuestion, unknown,
                $"'{unknown}' is not a question in question set {questions.Version}; remove the answer or check the id"));
        }

        return problems;
    }

    /// <summary>
    /// Questions whose visibility hangs on an answer the question set does not offer. Until that answer is put right,
    /// whether they are asked is unknown, so they are neither reported as hidden nor as missing. Null when there are none.
    /// </summary>
    private static HashSet<string>? Undetermined(QuestionSet questions, VisibleAnswers visible)
    {
        var codes = visible.Codes;
        HashSet<string>? undetermined = null;
        for (var position = 0; position < questions.Count; position++)
        {
            var question = questions.Questions[position];
            var invalid = codes[position] is not null && !visible.IsOfferedAt(position);
            var dependsOnUnknown = undetermined is not null && question.Visibility is not null &&
                                   question.Visibility.References().Any(reference => undetermined.Contains(reference.QuestionId));
            if (invalid || dependsOnUnknown)
            {
                (undetermined ??= []).Add(question.Id);
            }
        }

        return undetermined;
    }

    private static ValidationProblem Problem(ValidationProblemKind kind, string questionId, string message) =>
        new() { Kind = kind, QuestionId = questionId, Message = message };
}
