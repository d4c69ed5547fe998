namespace Formulate.Engine.Questions.Conditions;

/// <summary>A parsed visibility condition. Comparisons with an unanswered question are false.</summary>
public abstract record Condition
{
    public abstract bool Holds(IAnswerSource answers);

    /// <summary>Every question id and answer code the condition refers to, for load-time checks.</summary>
    public abstract IEnumerable<(string QuestionId, string Code)> References();
}
