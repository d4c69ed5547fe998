using Formulate.Engine.Defaults;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Profiles;

public sealed class SectionLayoutTests
{
    [Fact]
    public void For_FollowUpAskedAfterOneAnswerJustAbove_IsRevealedInsideThatAnswer()
    {
        var layout = SectionLayout.For(DefaultDefinitions.Definition.Questions, "person");

        var living = layout.Single(group => group.Question.Id == "person.living_situation");
        living.FollowUpsOf("own_home_with_family").Select(q => q.Id).ShouldBe(["person.lives_with"]);
        layout.Select(group => group.Question.Id).ShouldNotContain("person.lives_with");
    }

    [Fact]
    public void For_FollowUpAskedAfterSeveralAnswers_StandsOnItsOwn()
    {
        var layout = SectionLayout.For(DefaultDefinitions.Definition.Questions, "personal-care");

        layout.Select(group => group.Question.Id).ShouldContain("hygiene.met_by_strengths");
        layout.Single(group => group.Question.Id == "hygiene.need").FollowUps.ShouldBeEmpty();
    }

    [Fact]
    public void For_SeveralFollowUpsOfOneYesAnswer_AreRevealedTogether()
    {
        var layout = SectionLayout.For(DefaultDefinitions.Definition.Questions, "behaviour");

        layout.Single(group => group.Question.Id == "behaviour.present").FollowUpsOf("yes").Select(q => q.Id)
            .ShouldBe(["behaviour.type", "behaviour.frequency", "behaviour.risk", "behaviour.support_plan", "behaviour.predictable"]);
    }

    [Fact]
    public void For_EverySection_ShowsEachQuestionOnce()
    {
        var questions = DefaultDefinitions.Definition.Questions;

        var shown = questions.Sections
            .SelectMany(section => SectionLayout.For(questions, section.Id))
            .SelectMany(group => group.AllQuestions)
            .Select(question => question.Id);

        shown.ShouldBe(questions.Questions.Select(question => question.Id), ignoreOrder: true);
    }
}
