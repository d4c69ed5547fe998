using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Profiles;

public sealed class SectionGuideTests
{
    private static readonly QuestionSet Questions = DefaultDefinitions.Definition.Questions;

    private static readonly Dictionary<string, string> PersonDone = new()
    {
        ["person.eligibility_decided"] = "yes", ["person.age_band"] = "75_84", ["person.primary_support_reason"] = "physical_personal_care",
        ["person.living_situation"] = "own_home_alone", ["person.has_unpaid_carer"] = "no",
    };

    [Fact]
    public void Next_AfterASection_IsTheNextThatAppliesWithAnythingLeft()
    {
        var answers = new Dictionary<string, string>(PersonDone) { ["nutrition.need"] = "none" };

        var next = SectionGuide.Next(Steps(answers), "personal-care");

        next.ShouldNotBeNull().Id.ShouldBe("home", "eating is completed, so it is passed over");
    }

    [Fact]
    public void Next_OnlyEarlierSectionsLeft_GoesBackToTheFirstOfThem()
    {
        var answers = Questions.Questions.Where(q => q.VisibleWhen is null && q.Section != "person").ToDictionary(q => q.Id, q => q.Answers[0].Code);

        SectionGuide.Next(Steps(answers), "health").ShouldNotBeNull().Id.ShouldBe("person");
    }

    [Fact]
    public void Next_EverySectionDone_IsNone()
    {
        var answers = Questions.Questions.Where(q => q.VisibleWhen is null).ToDictionary(q => q.Id, q => q.Answers[0].Code);
        answers["person.has_unpaid_carer"] = "no";
        answers["hygiene.need"] = answers["toileting.need"] = answers["dressing.need"] = "none";
        answers["child_care.has_children"] = answers["behaviour.present"] = answers["health.tasks"] = answers["health.any_needs"] = "no";
        var progress = new ProfileProgress(Questions, answers);
        progress.QuestionsLeft.ShouldBe(0, string.Join(", ", Questions.Questions.Where(q => progress.IsVisible(q.Id) && !answers.ContainsKey(q.Id) && !q.Optional).Select(q => q.Id)));

        SectionGuide.Next(Steps(answers), "mobility").ShouldBeNull();
    }

    [Fact]
    public void Steps_SectionWithNothingAsked_IsNotListed()
    {
        Steps(PersonDone).Select(step => step.Section.Id).ShouldNotContain("carer");
        Steps(new(PersonDone) { ["person.has_unpaid_carer"] = "yes" }).Select(step => step.Section.Id).ShouldContain("carer");
    }

    private static IReadOnlyList<SectionStep> Steps(Dictionary<string, string> answers) =>
        SectionGuide.Steps(Questions, new ProfileProgress(Questions, answers), new HashSet<string>());
}
