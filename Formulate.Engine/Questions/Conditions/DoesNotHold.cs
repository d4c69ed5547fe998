namespace Formulate.Engine.Questions.Conditions;

public sealed record DoesNotHold(Condition Inner) : Condition
{
    public override bool Holds(IAnswerSource answers) => !Inner.Holds(answers);

    public override IEnumerable<(string QuestionId, string Code)> References() => Inner.References();
}
