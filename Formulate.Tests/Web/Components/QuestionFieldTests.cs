using Bunit;
using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Practice;
using Formulate.Web.Profiles;
using Microsoft.AspNetCore.Components;

namespace Formulate.Tests.Web.Components;

public sealed class QuestionFieldTests : StaffComponentTest
{
    private static readonly QuestionSet Questions = DefaultDefinitions.Definition.Questions;
    private readonly List<IReadOnlyDictionary<string, string>> _answered = [];

    [Fact]
    public void Render_Question_IsAFieldsetWhoseLegendAsksItWithTheHintLinked()
    {
        var field = RenderGroup("person", "person.eligibility_decided", []);

        var fieldset = field.Find("fieldset");
        fieldset.QuerySelector("legend")!.TextContent.Trim().ShouldBe(Questions.Find("person.eligibility_decided")!.Text);
        var hintId = fieldset.GetAttribute("aria-describedby").ShouldNotBeNull();
        field.Find($"[id='{hintId}']").TextContent.ShouldBe(Questions.Find("person.eligibility_decided")!.Hint);
        field.FindAll("input[type=radio][name='person.eligibility_decided']").Count.ShouldBe(2);
    }

    [Fact]
    public void Render_FollowUpAskedAfterOneAnswer_IsRevealedInsideThatAnswerOnceAsked()
    {
        var alone = RenderGroup("person", "person.living_situation", new() { ["person.living_situation"] = "own_home_alone" });
        alone.FindAll("input[name='person.lives_with']").ShouldBeEmpty();

        var withFamily = RenderGroup("person", "person.living_situation", new() { ["person.living_situation"] = "own_home_with_family" });

        var reveal = withFamily.Find("[id='conditional-person.living_situation-2']");
        reveal.QuerySelectorAll("input[name='person.lives_with']").Length.ShouldBe(5);
        reveal.QuerySelector("legend")!.TextContent.Trim().ShouldBe("Who does the person live with?");
    }

    [Fact]
    public void Choose_AnAnswer_IsSentToSave()
    {
        var field = RenderGroup("person", "person.age_band", []);

        field.Find("input[name='person.age_band'][value='75_84']").Change(true);

        _answered.ShouldHaveSingleItem().ShouldBe(new Dictionary<string, string> { ["person.age_band"] = "75_84" });
    }

    [Fact]
    public void Render_TimesOfDay_IsOneQuestionWithABoxForEachTime()
    {
        var field = RenderGroup("personal-care", "personal_care.morning", new() { ["hygiene.need"] = "some" });

        field.Find("legend").TextContent.Trim().ShouldBe("When does the person need personal care?");
        field.FindAll("input[type=checkbox]").Select(box => box.GetAttribute("name"))
            .ShouldBe(["personal_care.morning", "personal_care.midday", "personal_care.evening", "personal_care.bedtime", "personal_care.morning-none"]);
        field.FindAll("label").Select(label => label.TextContent.Trim())
            .ShouldBe(["In the morning", "At midday", "In the evening", "At bedtime", "None of these times"]);
        field.FindAll("input[type=radio]").ShouldBeEmpty();
    }

    [Fact]
    public void Tick_TheFirstTimeOfDay_AnswersItYesAndEveryOtherTimeNoInOneSave()
    {
        var field = RenderGroup("personal-care", "personal_care.morning", new() { ["hygiene.need"] = "some" });

        field.Find("input[name='personal_care.bedtime']").Change(true);

        _answered.ShouldHaveSingleItem().ShouldBe(new Dictionary<string, string>
        {
            ["personal_care.morning"] = "no", ["personal_care.midday"] = "no", ["personal_care.evening"] = "no", ["personal_care.bedtime"] = "yes",
        }, ignoreOrder: true);
    }

    [Fact]
    public void Tick_NoneOfTheseTimes_AnswersEveryTimeNoAndShowsOnlyItTicked()
    {
        var answers = new Dictionary<string, string>
        {
            ["hygiene.need"] = "some", ["personal_care.morning"] = "yes", ["personal_care.midday"] = "no", ["personal_care.evening"] = "no", ["personal_care.bedtime"] = "no",
        };
        var field = RenderGroup("personal-care", "personal_care.morning", answers);
        field.Find("input[name='personal_care.morning']").HasAttribute("checked").ShouldBeTrue();

        field.Find("input[name='personal_care.morning-none']").Change(true);

        _answered.ShouldHaveSingleItem().ShouldBe(new Dictionary<string, string> { ["personal_care.morning"] = "no" });
        var allNo = RenderGroup("personal-care", "personal_care.morning", new(answers) { ["personal_care.morning"] = "no" });
        allNo.FindAll("input:checked").Select(box => box.GetAttribute("name")).ShouldBe(["personal_care.morning-none"]);
    }

    [Fact]
    public void Render_TimesOfDayUnanswered_GivesOneErrorForTheQuestionLinkedFromItsFieldset()
    {
        var errors = new Dictionary<string, string>
        {
            ["personal_care.morning"] = "x", ["personal_care.midday"] = "x", ["personal_care.evening"] = "x", ["personal_care.bedtime"] = "x",
        };

        var field = RenderGroup("personal-care", "personal_care.morning", new() { ["hygiene.need"] = "some" }, errors);

        var error = field.FindAll(".staff-error-message").ShouldHaveSingleItem();
        error.TextContent.ShouldContain("Select when the person needs personal care, or none of these times");
        field.Find("fieldset").GetAttribute("aria-describedby")!.Split(' ').ShouldContain(error.Id!);
    }

    [Fact]
    public void Render_AnswersRemovedByThisChange_AreSaidBesideItInALiveRegion()
    {
        var removed = new[] { Questions.Find("person.lives_with")! };

        var field = RenderGroup("person", "person.living_situation", new() { ["person.living_situation"] = "own_home_alone" }, removed: removed);

        var region = field.Find("[id='removed-person.living_situation']");
        region.GetAttribute("role").ShouldBe("status");
        region.TextContent.Trim().ShouldBe("We removed your answer to 'Who does the person live with?' because it no longer applies.");
        RenderGroup("person", "person.age_band", []).Find("[id='removed-person.age_band']").TextContent.Trim().ShouldBeEmpty();
    }

    private IRenderedComponent<QuestionField> RenderGroup(
        string section, string questionId, Dictionary<string, string> answers, Dictionary<string, string>? errors = null, IReadOnlyList<Question>? removed = null)
    {
        var group = SectionLayout.For(Questions, section).Single(group => group.Question.Id == questionId);
        return Context.Render<QuestionField>(parameters => parameters
            .Add(p => p.Group, group)
            .Add(p => p.Answers, answers)
            .Add(p => p.Progress, new ProfileProgress(Questions, answers))
            .Add(p => p.Errors, errors ?? [])
            .Add(p => p.Removed, removed ?? [])
            .Add(p => p.OnAnswer, EventCallback.Factory.Create<IReadOnlyDictionary<string, string>>(this, answer => _answered.Add(answer))));
    }
}
