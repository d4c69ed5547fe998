using Formulate.Engine.Questions.Conditions;

namespace Formulate.Tests.Engine;

public class ConditionParserTests
{
    private sealed class Answers(Dictionary<string, string> answers) : IAnswerSource
    {
        public string? AnswerTo(string questionId) => answers.TryGetValue(questionId, out var code) ? code : null;
    }

    [Theory]
    [InlineData("a.x == 'yes'", true)]
    [InlineData("a.x != 'yes'", false)]
    [InlineData("a.x in ('no', 'yes')", true)]
    [InlineData("a.x == 'no' or b.y == 'some'", true)]
    [InlineData("a.x == 'no' or b.y == 'some' and a.x == 'no'", false)]
    [InlineData("(a.x == 'no' or b.y == 'some') and a.x == 'yes'", true)]
    [InlineData("not a.x == 'no'", true)]
    [InlineData("not (a.x == 'yes' and b.y == 'some')", false)]
    [InlineData("c.z != 'none'", false)]
    [InlineData("c.z == 'none'", false)]
    public void Parse_ValidCondition_EvaluatesAsWritten(string text, bool expected)
    {
        var (condition, error) = ConditionParser.Parse(text);

        error.ShouldBeNull();
        condition!.Holds(new Answers(new() { ["a.x"] = "yes", ["b.y"] = "some" })).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a.x == 'yes", "no closing quote")]
    [InlineData("a.x = 'yes'", "unexpected character '='")]
    [InlineData("a.x 'yes'", "expected ==, != or in")]
    [InlineData("a.x == yes", "expected a quoted answer code")]
    [InlineData("a.x == 'yes' b.y == 'no'", "unexpected 'b.y'")]
    [InlineData("(a.x == 'yes'", "expected ')'")]
    [InlineData("a.x in ('yes',)", "expected a quoted answer code")]
    [InlineData("", "expected a question id")]
    [InlineData("a.x == 'yes' and", "expected a question id")]
    public void Parse_MalformedCondition_SaysWhatIsWrong(string text, string expected)
    {
        var (condition, error) = ConditionParser.Parse(text);

        condition.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(expected);
    }

    [Fact]
    public void References_Condition_ListsEveryQuestionAndCode()
    {
        var (condition, _) = ConditionParser.Parse("a.x in ('p', 'q') and not b.y == 'r'");

        condition!.References().ShouldBe([("a.x", "p"), ("a.x", "q"), ("b.y", "r")]);
    }
}
