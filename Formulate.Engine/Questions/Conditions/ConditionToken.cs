namespace Formulate.Engine.Questions.Conditions;

internal readonly record struct ConditionToken(ConditionTokenKind Kind, string Text, int Position);
