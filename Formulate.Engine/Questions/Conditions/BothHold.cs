namespace Formulate.Engine.Questions.Conditions;

public sealed record BothHold(Condition Left, Condition Right) : Condition
{
    public override bool Holds(IAnswerSource answers) => Left.Holds(answers) && Right.Holds(answers);

    public override IEnumerable<(string QuestionId, string Code)> References() =>
        Left.References().Concat(Right.References());
}
