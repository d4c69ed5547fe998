using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Profiles;

public sealed class QuestionGroupTests
{
    private static readonly QuestionSet Questions = DefaultDefinitions.Definition.Questions;
    private static readonly Dictionary<string, string> NoErrors = [];

    private static QuestionGroup LivingSituation =>
        SectionLayout.For(Questions, "person").Single(group => group.Question.Id == "person.living_situation");

    private static string Shown(Dictionary<string, string> answers, Dictionary<string, string>? errors = null) =>
        LivingSituation.Shown(answers, new ProfileProgress(Questions, answers), errors ?? NoErrors);

    [Fact]
    public void Shown_AnotherQuestionAnswered_IsUnchanged()
    {
        var before = Shown(new() { ["person.living_situation"] = "own_home_alone" });

        var after = Shown(new() { ["person.living_situation"] = "own_home_alone", ["person.age_band"] = "75_84" });

        after.ShouldBe(before);
    }

    [Fact]
    public void Shown_OwnAnswerChanged_Differs()
    {
        var before = Shown(new() { ["person.living_situation"] = "own_home_alone" });

        var after = Shown(new() { ["person.living_situation"] = "extra_care_housing" });

        after.ShouldNotBe(before);
    }

    [Fact]
    public void Shown_FollowUpRevealedThenAnswered_DiffersEachTime()
    {
        var alone = Shown(new() { ["person.living_situation"] = "own_home_alone" });
        var withFamily = Shown(new() { ["person.living_situation"] = "own_home_with_family" });
        var answered = Shown(new() { ["person.living_situation"] = "own_home_with_family", ["person.lives_with"] = "partner" });

        new[] { alone, withFamily, answered }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Shown_ErrorOnTheQuestion_Differs()
    {
        var answers = new Dictionary<string, string>();
        var before = Shown(answers);

        var after = Shown(answers, new() { ["person.living_situation"] = "Select where the person lives" });

        after.ShouldNotBe(before);
    }
}
