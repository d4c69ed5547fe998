using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Tests.Engine;
using Formulate.Web.Reproducibility;

namespace Formulate.Tests.Web.Reproducibility;

public sealed class EngineRegistryTests
{
    private static readonly EngineDefinition Shipped = DefaultDefinitions.Definition;
    private static readonly DateOnly April2026 = new(2026, 4, 1);

    private static readonly Formulate.Engine.Profiles.NeedsProfile Profile = new ProfileBuilder()
        .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
        .Need("hygiene", "some").Need("dressing", "prompting")
        .Build();

    [Fact]
    public void InForceOn_DateBeforeAFutureVersion_UsesTheOldRates()
    {
        var registry = EngineRegistry.Shipped();
        registry.Publish(Raised("2026.1"), April2026);

        var before = registry.InForceOn(April2026.AddDays(-1)).EstimateOrFail(Profile with { AssessmentDate = April2026.AddDays(-1) });
        var after = registry.InForceOn(April2026).EstimateOrFail(Profile with { AssessmentDate = April2026 });

        before.Versions.Configuration.ShouldBe("demo-council@2025.3");
        before.AllocationSummary.ShouldContain(line => line.Rate == 21.64m);
        after.Versions.Configuration.ShouldBe("demo-council@2026.1");
        after.AllocationSummary.ShouldContain(line => line.Rate == 30.00m);
        after.AllocationSummary.ShouldNotContain(line => line.Rate == 21.64m);
    }

    [Fact]
    public void InForceOn_TwoVersionsOnTheSameDate_UsesTheOnePublishedLater()
    {
        var registry = EngineRegistry.Shipped();
        registry.Publish(Raised("2026.1"), April2026);
        registry.Publish(Raised("2026.2", 31m), April2026);

        registry.InForceOn(ParameterSetKind.Configuration, April2026.AddMonths(3)).Stamp.ShouldBe("demo-council@2026.2");
    }

    [Fact]
    public void InForceOn_ModelVersionPublished_UsesItFromItsDateWithTheConfigurationInForce()
    {
        var registry = EngineRegistry.Shipped();
        var calibrated = Shipped.Model with { Version = "2026.1" };
        registry.Publish(calibrated, April2026);

        var stamp = registry.InForceOn(April2026).Definition.Stamp;

        stamp.Model.ShouldBe(calibrated.Stamp);
        stamp.Configuration.ShouldBe(Shipped.Configuration.Stamp);
        registry.InForceOn(April2026.AddDays(-1)).Definition.Stamp.Model.ShouldBe(Shipped.Model.Stamp);
    }

    [Fact]
    public void Publish_SameStampWithDifferentContent_IsRefused()
    {
        var registry = EngineRegistry.Shipped();

        var error = Should.Throw<ArgumentException>(() => registry.Publish(Shipped.Configuration.Setting("rate.home_care", 25m), April2026));

        error.Message.ShouldContain("demo-council@2025.3");
    }

    [Fact]
    public void Publish_SameContentLoadedAgain_IsAccepted()
    {
        var registry = EngineRegistry.Shipped();
        var reloaded = ParameterSetLoader.Load(ParameterSetWriter.ToJson(Shipped.Configuration), ParameterSetKind.Configuration).Value!;

        registry.Publish(reloaded, new DateOnly(2025, 4, 1));

        registry.Published(ParameterSetKind.Configuration).Count.ShouldBe(2);
        registry.InForceOn(April2026).Definition.Stamp.ShouldBe(Shipped.Stamp);
    }

    [Fact]
    public void QuestionsInForceOn_ShippedWithTheFirstModel_NewProfilesStayOnQuestionSet2025()
    {
        var registry = EngineRegistry.Shipped(DefaultDefinitions.Definition);

        registry.QuestionsInForceOn(April2026).Version.ShouldBe("2025.1");
        registry.InForceOn(April2026).Definition.Stamp.ShouldBe(Shipped.Stamp);
        registry.Published(ParameterSetKind.Model).Select(layer => layer.Set.Stamp).ShouldBe(["formulate-core@2025.1"]);
    }

    [Fact]
    public void QuestionsInForceOn_ShippedWithTheCareAsPlannedModel_NewProfilesUseQuestionSet2026()
    {
        var registry = EngineRegistry.Shipped(DefaultDefinitions.CareAsPlanned);

        registry.QuestionsInForceOn(April2026).Version.ShouldBe("2026.1");
        registry.InForceOn(April2026).Definition.Stamp.ShouldBe(new VersionStamp
        {
            QuestionSet = "formulate-needs-profile@2026.1",
            Model = "formulate-core@2026.1",
            Configuration = "demo-council@2026.1",
        });
        registry.Published(ParameterSetKind.Model).Select(layer => layer.Set.Stamp).ShouldBe(["formulate-core@2026.1"]);
    }

    [Fact]
    public void QuestionsInForceOn_CareAsPlannedModelPublishedFromADate_NewProfilesMoveToItsQuestionSetThatDay()
    {
        var registry = EngineRegistry.Shipped(DefaultDefinitions.Definition);
        var april2027 = new DateOnly(2027, 4, 1);

        registry.Publish(DefaultDefinitions.CareAsPlanned.Model, april2027);
        registry.Publish(DefaultDefinitions.CareAsPlanned.Configuration, april2027);

        registry.QuestionsInForceOn(april2027.AddDays(-1)).Version.ShouldBe("2025.1");
        registry.QuestionsInForceOn(april2027).Version.ShouldBe("2026.1");
        registry.InForceOn(april2027).Definition.Stamp.Model.ShouldBe("formulate-core@2026.1");
        registry.InForceOn(april2027.AddDays(-1)).Definition.Stamp.ShouldBe(Shipped.Stamp);
    }

    [Fact]
    public void ForProfile_DraftOnTheOldSetAssessedAfterTheSwitch_IsEstimatedWithTheLayersInForceTheDayBefore()
    {
        var registry = EngineRegistry.Shipped(DefaultDefinitions.Definition);
        var april2027 = new DateOnly(2027, 4, 1);
        registry.Publish(DefaultDefinitions.CareAsPlanned.Model, april2027);
        registry.Publish(DefaultDefinitions.CareAsPlanned.Configuration, april2027);

        var engine = registry.ForProfile("2025.1", april2027.AddDays(10));

        engine.Definition.Stamp.ShouldBe(Shipped.Stamp);
        engine.EstimateOrFail(Profile with { AssessmentDate = april2027.AddDays(10) }).Versions.ShouldBe(Shipped.Stamp);
        registry.ForProfile("2026.1", april2027.AddDays(10)).Definition.Stamp.Model.ShouldBe("formulate-core@2026.1");
    }

    [Fact]
    public void ForProfile_OldSetOnAnInstallationThatStartedOnCareAsPlanned_UsesTheDefinitionTheSetShippedIn()
    {
        var registry = EngineRegistry.Shipped(DefaultDefinitions.CareAsPlanned);

        registry.ForProfile("2025.1", April2026).Definition.Stamp.ShouldBe(Shipped.Stamp);
        registry.QuestionSet("2025.1").ShouldBeSameAs(Shipped.Questions);
        registry.QuestionSet("2019.1").ShouldBeNull();
    }

    private static ParameterSet Raised(string version, decimal rate = 30m) =>
        Shipped.Configuration.Setting("rate.home_care", rate) with { Version = version };
}
