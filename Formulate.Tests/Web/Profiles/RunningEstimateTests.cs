using AngleSharp.Html.Parser;
using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Practice;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Profiles;

public sealed class RunningEstimateTests
{
    private static readonly FormulateEngine Engine = new(DefaultDefinitions.Definition);

    [Fact]
    public void For_IncompleteProfile_CountsQuestionsLeftAndGivesNoEstimate()
    {
        var estimate = RunningEstimate.For(Engine, Profile(new Dictionary<string, string> { ["person.eligibility_decided"] = "yes" }));

        estimate.QuestionsLeft.ShouldBeGreaterThan(0);
        estimate.WeeklyEstimate.ShouldBeNull();
    }

    [Fact]
    public void For_CompleteProfile_GivesTheEnginesEstimate()
    {
        var complete = new ProfileBuilder().Need("hygiene", "most").Build();

        var estimate = RunningEstimate.For(Engine, Profile(complete.Answers));

        estimate.QuestionsLeft.ShouldBe(0);
        estimate.WeeklyEstimate.ShouldBe(Engine.Estimate(complete with { QuestionSetVersion = "2025.1", AssessmentDate = new DateOnly(2026, 11, 22) }).Result!.WeeklyEstimate);
    }

    [Fact]
    public async Task EstimatePanel_IncompleteProfile_SaysHowManyQuestionsAreLeftAndShowsNoMoney()
    {
        var estimate = RunningEstimate.For(Engine, Profile(new Dictionary<string, string>()));

        var html = await Render.HtmlAsync<EstimatePanel>(("Estimate", estimate), ("ProfileId", Guid.NewGuid()));

        var panel = new HtmlParser().ParseDocument(html).QuerySelector("#estimate-panel").ShouldNotBeNull();
        panel.QuerySelector("#questions-left").ShouldNotBeNull().TextContent.ShouldBe($"{estimate.QuestionsLeft} questions left to answer");
        panel.TextContent.ShouldNotContain("£");
        panel.QuerySelectorAll("[role=status], [aria-live]").ShouldBeEmpty();
        estimate.Summary.ShouldBe($"{estimate.QuestionsLeft} questions left to answer.");
    }

    [Fact]
    public void Summary_CompleteProfile_GivesTheWeeklyEstimate()
    {
        var estimate = RunningEstimate.For(Engine, Profile(new ProfileBuilder().Need("hygiene", "most").Build().Answers));

        estimate.Summary.ShouldBe($"Estimated personal budget: {Pounds.Format(estimate.WeeklyEstimate!.Value)} a week.");
    }

    [Fact]
    public void Summary_OneQuestionLeft_SaysSoInTheSingular()
    {
        new RunningEstimate { QuestionsLeft = 1 }.Summary.ShouldBe("1 question left to answer.");
    }

    private static EngineProfile Profile(IReadOnlyDictionary<string, string> answers) => new()
    {
        Id = Guid.NewGuid(),
        PersonId = Guid.NewGuid(),
        AssessmentDate = new DateOnly(2026, 11, 22),
        QuestionSetVersion = "2025.1",
        Status = NeedsProfileStatus.Draft,
        Answers = answers,
        Version = 0,
    };
}
