namespace Formulate.Engine.Profiles;

public enum ValidationProblemKind
{
    UnknownQuestion,
    AnswerNotOffered,
    AnswerToHiddenQuestion,
    MissingRequiredAnswer,
    MissingAssessmentDate,
    QuestionSetVersionMismatch,
    MissingParameter,
    NotEstimatedByPolicy,
}
