namespace Formulate.Engine.Quality;

/// <summary>One quality-assurance check: when <see cref="Applies"/> holds, the statement is shown.</summary>
public sealed record QaRule(
    string Code, QaSeverity Severity, QaCategory Category, string Message, IReadOnlyList<string> QuestionIds, Func<QaContext, bool> Applies)
{
    /// <summary>A rule whose statement is its catalogue entry's prose.</summary>
    internal static QaRule Of(Rules.RuleEntry entry, QaSeverity severity, QaCategory category, IReadOnlyList<string> questionIds, Func<QaContext, bool> applies) =>
        new(entry.Id, severity, category, entry.Paragraphs[0], questionIds, applies);

    public QaStatement ToStatement() => new()
    {
        Code = Code, Severity = Severity, Category = Category, Message = Message, QuestionIds = QuestionIds,
    };
}
