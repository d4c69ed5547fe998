namespace Formulate.Engine.Questions.Conditions;

/// <summary><c>q == 'a'</c>, <c>q in ('a', 'b')</c>, or with <see cref="Negated"/>, <c>q != 'a'</c>.</summary>
public sealed record AnswerIsOneOf(string QuestionId, IReadOnlyList<string> Codes, bool Negated) : Condition
{
    public override bool Holds(IAnswerSource answers)
    {
        var answer = answers.AnswerTo(QuestionId);
        if (answer is null)
        {
            return false;
        }

        var matches = false;
        for (var i = 0; i < Codes.Count; i++)
        {
            matches |= Codes[i] == answer;
        }

        return matches != Negated;
    }

    public override IEnumerable<(string QuestionId, string Code)> References() =>
        Codes.Select(code => (QuestionId, code));
}
