using Bunit;
using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Practice;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Components;

public sealed class SectionNavTests : StaffComponentTest
{
    private static readonly QuestionSet Questions = DefaultDefinitions.Definition.Questions;
    [Fact]
    public void Render_NoUnpaidCarer_LeavesTheCarersSectionOut()
    {
        var nav = RenderNav(new() { ["person.has_unpaid_carer"] = "no" }, "person");

        var listed = nav.FindAll("li[data-section]").Select(item => item.GetAttribute("data-section")).ToList();
        listed.ShouldNotContain("carer");
        listed.ShouldBe(Questions.Sections.Select(section => section.Id).Where(id => id != "carer"));
    }

    [Fact]
    public void Render_UnpaidCarer_ListsTheCarersSection()
    {
        var nav = RenderNav(new() { ["person.has_unpaid_carer"] = "yes" }, "person");

        nav.FindAll("li[data-section]").Select(item => item.GetAttribute("data-section")).ShouldContain("carer");
    }

    [Fact]
    public void Render_EachSection_ShowsItsStateAndMarksTheCurrentStep()
    {
        var answers = new Dictionary<string, string>
        {
            ["person.eligibility_decided"] = "yes", ["person.age_band"] = "75_84", ["person.primary_support_reason"] = "physical_personal_care",
            ["person.living_situation"] = "own_home_alone", ["person.has_unpaid_carer"] = "no", ["hygiene.need"] = "some",
        };

        var nav = RenderNav(answers, "personal-care");

        Item(nav, "person").GetAttribute("data-status").ShouldBe("completed");
        Item(nav, "person").QuerySelector(".staff-section-nav__status")!.TextContent.ShouldBe("Completed");
        Item(nav, "personal-care").GetAttribute("data-status").ShouldBe("in-progress");
        Item(nav, "personal-care").QuerySelector("a")!.GetAttribute("aria-current").ShouldBe("step");
        Item(nav, "eating").QuerySelector(".staff-section-nav__status")!.TextContent.ShouldBe("Not started");
        nav.FindAll("a[aria-current]").Count.ShouldBe(1);
        nav.Find(".staff-section-nav__summary").TextContent.Trim().ShouldBe("1 of 12 sections completed");
    }

    [Fact]
    public void Render_AnswersCarriedForward_SaysHowManyAreLeftToConfirm()
    {
        var answers = new Dictionary<string, string> { ["person.age_band"] = "75_84", ["person.eligibility_decided"] = "yes" };

        var nav = RenderNav(answers, "person", carried: ["person.age_band", "person.eligibility_decided"]);

        Item(nav, "person").GetAttribute("data-status").ShouldBe("carried-forward");
        Item(nav, "person").QuerySelector(".staff-section-nav__status")!.TextContent.ShouldBe("2 carried forward");
    }

    private static AngleSharp.Dom.IElement Item(IRenderedComponent<SectionNav> nav, string section) => nav.Find($"li[data-section='{section}']");

    private IRenderedComponent<SectionNav> RenderNav(Dictionary<string, string> answers, string current, string[]? carried = null)
    {
        var steps = SectionGuide.Steps(Questions, new ProfileProgress(Questions, answers), carried ?? []);
        return Context.Render<SectionNav>(parameters => parameters
            .Add(p => p.Steps, steps)
            .Add(p => p.ProfileId, Guid.NewGuid())
            .Add(p => p.CurrentId, current));
    }
}
