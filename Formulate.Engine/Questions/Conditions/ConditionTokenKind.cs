namespace Formulate.Engine.Questions.Conditions;

internal enum ConditionTokenKind
{
    Word,
    Text,
    Equal,
    NotEqual,
    OpenParen,
    CloseParen,
    Comma,
    End,
}
