using Bunit;
using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Engine.Defaults;
using Formulate.Engine;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Practice;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Components;

public sealed class EstimatePanelTests : StaffComponentTest
{
    private static readonly FormulateEngine Engine = new(DefaultDefinitions.Definition);
    [Fact]
    public void Render_OnASection_CountsWhatIsLeftInTheSectionAndTheSectionsCompleted()
    {
        var answers = new Dictionary<string, string> { ["person.eligibility_decided"] = "yes", ["person.age_band"] = "75_84" };
        var progress = new ProfileProgress(Engine.Definition.Questions, answers);
        var steps = SectionGuide.Steps(Engine.Definition.Questions, progress, new HashSet<string>());

        var panel = RenderPanel(answers, steps.Single(step => step.Section.Id == "person"), steps);

        panel.Find("#questions-left").TextContent.Trim().ShouldBe("3 questions left in this section");
        panel.Find("#sections-completed").TextContent.Trim().ShouldBe($"0 of {steps.Count} sections completed");
        panel.Find("#estimate-panel").TextContent.ShouldNotContain("£");
    }

    [Fact]
    public void Render_FollowUpRevealed_CountsItWithoutTheRestOfTheProfile()
    {
        var before = new Dictionary<string, string> { ["hygiene.need"] = "none", ["toileting.need"] = "none", ["dressing.need"] = "none" };
        var after = new Dictionary<string, string>(before) { ["hygiene.need"] = "some" };

        var left = (Dictionary<string, string> answers) =>
        {
            var progress = new ProfileProgress(Engine.Definition.Questions, answers);
            var steps = SectionGuide.Steps(Engine.Definition.Questions, progress, new HashSet<string>());
            return RenderPanel(answers, steps.Single(step => step.Section.Id == "personal-care"), steps).Find("#questions-left").TextContent.Trim();
        };

        // The two follow-ups of washing and the four times of day: what appears on the screen, and nothing elsewhere.
        left(before).ShouldBe("No questions left in this section");
        left(after).ShouldBe("6 questions left in this section");
    }

    [Fact]
    public void Render_CompleteProfile_ShowsTheEstimateItsHoursAndItsWarnings()
    {
        var answers = new ProfileBuilder().With("person.has_unpaid_carer", "no").Need("hygiene", "most").Build().Answers;
        var result = Engine.Estimate(new ProfileBuilder().With("person.has_unpaid_carer", "no").Need("hygiene", "most").Build()
            with { QuestionSetVersion = "2025.1", AssessmentDate = new DateOnly(2026, 11, 22) }).Result!;

        var panel = RenderPanel(answers, null, []);

        panel.Find("#running-estimate").TextContent.Trim().ShouldBe(Pounds.Format(result.WeeklyEstimate));
        panel.Find("#running-hours").TextContent.Trim().ShouldBe($"{Pounds.Number(result.TotalWeeklyHours)} hours of support a week");
        var warnings = panel.Find("#running-warnings");
        if (result.QualityStatements.Count == 0)
        {
            warnings.TextContent.ShouldContain("No quality warnings.");
        }
        else
        {
            warnings.QuerySelectorAll("li").Length.ShouldBe(result.QualityStatements.Count);
        }
    }

    [Fact]
    public void Render_Always_IsNotALiveRegion()
    {
        var panel = RenderPanel(new Dictionary<string, string>(), null, []);

        panel.FindAll("[role=status], [aria-live]").ShouldBeEmpty();
        panel.Find("#estimate-panel").GetAttribute("aria-labelledby").ShouldBe("estimate-panel-title");
    }

    private IRenderedComponent<EstimatePanel> RenderPanel(IReadOnlyDictionary<string, string> answers, SectionStep? section, IReadOnlyList<SectionStep> steps) =>
        Context.Render<EstimatePanel>(parameters => parameters
            .Add(p => p.Estimate, RunningEstimate.For(Engine, new EngineProfile
            {
                Id = Guid.NewGuid(), PersonId = Guid.NewGuid(), AssessmentDate = new DateOnly(2026, 11, 22), QuestionSetVersion = "2025.1",
                Status = NeedsProfileStatus.Draft, Answers = answers, Version = 0,
            }))
            .Add(p => p.ProfileId, Guid.NewGuid())
            .Add(p => p.Section, section)
            .Add(p => p.Steps, steps)
            .Add(p => p.Sticky, true));
}
