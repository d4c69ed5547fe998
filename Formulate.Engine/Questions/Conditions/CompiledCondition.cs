using Formulate.Engine.Profiles;

namespace Formulate.Engine.Questions.Conditions;

/// <summary>
/// A visibility condition with its question ids resolved to positions and its answer codes to the positions of the
/// answers offered, once per question set, so that working out what is asked compares numbers instead of strings.
/// It holds exactly when the condition it was compiled from holds.
/// </summary>
internal abstract class CompiledCondition
{
    public abstract bool Holds(VisibleAnswers answers);

    public static CompiledCondition Compile(Condition condition, QuestionSetIndex questions) => condition switch
    {
        AnswerIsOneOf test => CompileTest(test, questions),
        BothHold both => new Both(Compile(both.Left, questions), Compile(both.Right, questions)),
        EitherHolds either => new Either(Compile(either.Left, questions), Compile(either.Right, questions)),
        DoesNotHold not => new Not(Compile(not.Inner, questions)),
        _ => new Interpreted(condition),
    };

    private static OneOf CompileTest(AnswerIsOneOf test, QuestionSetIndex questions)
    {
        var position = questions.PositionOf(test.QuestionId);
        // A code the question does not offer can never be its usable answer, so it is left out.
        var options = position < 0 ? [] : test.Codes.Select(questions.Questions[position].IndexOf).Where(option => option >= 0).ToArray();
        return new OneOf(position, options, test.Negated);
    }

    /// <summary>Unanswered, hidden or not-offered answers make the comparison false, negated or not, as in <see cref="AnswerIsOneOf"/>.</summary>
    private sealed class OneOf(int position, int[] options, bool negated) : CompiledCondition
    {
        public override bool Holds(VisibleAnswers answers)
        {
            var answer = position < 0 ? -1 : answers.UsableOptionAt(position);
            return answer >= 0 && Array.IndexOf(options, answer) >= 0 != negated;
        }
    }

    private sealed class Both(CompiledCondition left, CompiledCondition right) : CompiledCondition
    {
        public override bool Holds(VisibleAnswers answers) => left.Holds(answers) && right.Holds(answers);
    }

    private sealed class Either(CompiledCondition left, CompiledCondition right) : CompiledCondition
    {
        public override bool Holds(VisibleAnswers answers) => left.Holds(answers) || right.Holds(answers);
    }

    private sealed class Not(CompiledCondition inner) : CompiledCondition
    {
        public override bool Holds(VisibleAnswers answers) => !inner.Holds(answers);
    }

    /// <summary>A kind of condition this does not know, asked as it is.</summary>
    private sealed class Interpreted(Condition condition) : CompiledCondition
    {
        public override bool Holds(VisibleAnswers answers) => condition.Holds(answers);
    }
}
