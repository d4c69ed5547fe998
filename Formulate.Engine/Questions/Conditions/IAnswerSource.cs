namespace Formulate.Engine.Questions.Conditions;

/// <summary>Where a condition reads answers from; null means the question is unanswered or not asked.</summary>
public interface IAnswerSource
{
    string? AnswerTo(string questionId);
}
