namespace Formulate.Engine.Tracing;

/// <summary>An answer a calculation step read. A null code means the question was not answered.</summary>
public sealed record AnswerRead(string QuestionId, string? Code, string? Label);
