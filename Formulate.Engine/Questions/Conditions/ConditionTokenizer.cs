namespace Formulate.Engine.Questions.Conditions;

internal static class ConditionTokenizer
{
    public static (List<ConditionToken> Tokens, string? Error) Tokenize(string text)
    {
        var tokens = new List<ConditionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                var kind = c switch
                {
                    '(' => ConditionTokenKind.OpenParen,
                    ')' => ConditionTokenKind.CloseParen,
                    _ => ConditionTokenKind.Comma,
                };
                tokens.Add(new ConditionToken(kind, c.ToString(), i));
                i++;
            }
            else if ((c is '=' or '!') && i + 1 < text.Length && text[i + 1] == '=')
            {
                tokens.Add(new ConditionToken(c == '=' ? ConditionTokenKind.Equal : ConditionTokenKind.NotEqual, text.Substring(i, 2), i));
                i += 2;
            }
            else if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    return (tokens, $"the quoted answer code starting at position {i + 1} has no closing quote");
                }

                tokens.Add(new ConditionToken(ConditionTokenKind.Text, text[(i + 1)..end], i));
                i = end + 1;
            }
            else if (IsWordCharacter(c))
            {
                var start = i;
                while (i < text.Length && IsWordCharacter(text[i]))
                {
                    i++;
                }

                tokens.Add(new ConditionToken(ConditionTokenKind.Word, text[start..i], start));
            }
            else
            {
                return (tokens, $"unexpected character '{c}' at position {i + 1}");
            }
        }

        tokens.Add(new ConditionToken(ConditionTokenKind.End, string.Empty, text.Length));
        return (tokens, null);
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';
}
