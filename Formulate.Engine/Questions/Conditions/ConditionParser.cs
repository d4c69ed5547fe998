namespace Formulate.Engine.Questions.Conditions;

/// <summary>
/// Parses the small visibility language:
/// <c>q == 'a'</c>, <c>q != 'a'</c>, <c>q in ('a', 'b')</c>, joined with <c>and</c>, <c>or</c>, <c>not</c>
/// and parentheses. <c>and</c> binds tighter than <c>or</c>.
/// </summary>
public sealed class ConditionParser
{
    private readonly IReadOnlyList<ConditionToken> _tokens;
    private int _position;

    private ConditionParser(IReadOnlyList<ConditionToken> tokens) => _tokens = tokens;

    /// <summary>Returns the condition, or the reason the text is malformed.</summary>
    public static (Condition? Condition, string? Error) Parse(string text)
    {
        var (tokens, tokenError) = ConditionTokenizer.Tokenize(text);
        if (tokenError is not null)
        {
            return (null, tokenError);
        }

        var parser = new ConditionParser(tokens);
        try
        {
            var condition = parser.ParseOr();
            if (parser.Peek().Kind != ConditionTokenKind.End)
            {
                return (null, $"unexpected '{parser.Peek().Text}' at position {parser.Peek().Position + 1}");
            }

            return (condition, null);
        }
        catch (ConditionSyntaxError error)
        {
            return (null, error.Message);
        }
    }

    private ConditionToken Peek() => _tokens[_position];

    private ConditionToken Take() => _tokens[_position++];

    private bool TakeWord(string word)
    {
        if (Peek().Kind == ConditionTokenKind.Word && Peek().Text == word)
        {
            _position++;
            return true;
        }

        return false;
    }

    private ConditionToken Expect(ConditionTokenKind kind, string description)
    {
        var token = Take();
        if (token.Kind != kind)
        {
            var found = token.Kind == ConditionTokenKind.End ? "the end" : $"'{token.Text}'";
            throw new ConditionSyntaxError($"expected {description} at position {token.Position + 1} but found {found}");
        }

        return token;
    }

    private Condition ParseOr()
    {
        var left = ParseAnd();
        while (TakeWord("or"))
        {
            left = new EitherHolds(left, ParseAnd());
        }

        return left;
    }

    private Condition ParseAnd()
    {
        var left = ParseUnary();
        while (TakeWord("and"))
        {
            left = new BothHold(left, ParseUnary());
        }

        return left;
    }

    private Condition ParseUnary()
    {
        if (TakeWord("not"))
        {
            return new DoesNotHold(ParseUnary());
        }

        if (Peek().Kind == ConditionTokenKind.OpenParen)
        {
            Take();
            var inner = ParseOr();
            Expect(ConditionTokenKind.CloseParen, "')'");
            return inner;
        }

        return ParseComparison();
    }

    private AnswerIsOneOf ParseComparison()
    {
        var question = Expect(ConditionTokenKind.Word, "a question id");
        var op = Take();
        switch (op.Kind)
        {
            case ConditionTokenKind.Equal:
                return new AnswerIsOneOf(question.Text, [Expect(ConditionTokenKind.Text, "a quoted answer code").Text], false);
            case ConditionTokenKind.NotEqual:
                return new AnswerIsOneOf(question.Text, [Expect(ConditionTokenKind.Text, "a quoted answer code").Text], true);
            case ConditionTokenKind.Word when op.Text == "in":
                return new AnswerIsOneOf(question.Text, ParseCodeList(), false);
            default:
                throw new ConditionSyntaxError(
                    $"expected ==, != or in after '{question.Text}' at position {op.Position + 1}");
        }
    }

    private List<string> ParseCodeList()
    {
        Expect(ConditionTokenKind.OpenParen, "'('");
        var codes = new List<string> { Expect(ConditionTokenKind.Text, "a quoted answer code").Text };
        while (Peek().Kind == ConditionTokenKind.Comma)
        {
            Take();
            codes.Add(Expect(ConditionTokenKind.Text, "a quoted answer code").Text);
        }

        Expect(ConditionTokenKind.CloseParen, "')'");
        return codes;
    }

    private sealed class ConditionSyntaxError(string message) : Exception(message);
}
