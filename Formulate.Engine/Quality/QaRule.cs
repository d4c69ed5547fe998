namespace Formulate.Engine.Quality;

/// <summary>One quality-assurance check: when <see cref="Applies"/> holds, the statement is shown.</summary>
public sealed record QaRule(
    string Code, QaSeverity Severity, QaCategory Category, string Message, IReadOnlyList<string> QuestionIds, Func<QaContext, bool> Applies)
{
    public QaStatement ToStatement() => new()
    {
        Code = Code, Severity = Severity, Category = Category, Message = Message, QuestionIds = QuestionIds,
    };
}
