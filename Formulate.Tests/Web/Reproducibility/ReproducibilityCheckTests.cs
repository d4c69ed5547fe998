using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Tests.Engine;
using Formulate.Web.Profiles;
using Formulate.Web.Reproducibility;

namespace Formulate.Tests.Web.Reproducibility;

public sealed class ReproducibilityCheckTests
{
    private static readonly EngineDefinition Original = DefaultDefinitions.Definition;

    private static readonly Formulate.Engine.Profiles.NeedsProfile Profile = new ProfileBuilder()
        .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
        .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some")
        .Build();

    [Fact]
    public void Run_SnapshotFromTheCurrentEngine_IsIdentical()
    {
        var registry = EngineRegistry.Shipped();

        var outcome = new ReproducibilityCheck(registry).Run(SnapshotFrom(registry.Current));

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.Identical);
        outcome.Message.ShouldContain(Original.Stamp.Configuration);
    }

    [Fact]
    public void Run_ConfigurationVersionWithChangedRate_OldSnapshotReproducesWithOldRateAndNewEstimatesUseNew()
    {
        var old = SnapshotFrom(new FormulateEngine(Original));
        var raised = Original with { Configuration = Original.Configuration.Setting("rate.home_care", 30.00m) with { Version = "2026.1" } };
        var registry = new EngineRegistry([Original, raised]);

        var outcome = new ReproducibilityCheck(registry).Run(old);

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.Identical);
        var fresh = registry.Current.Estimate(Profile).Result.ShouldNotBeNull();
        fresh.Versions.Configuration.ShouldBe("demo-council@2026.1");
        fresh.WeeklyEstimate.ShouldBeGreaterThan(old.WeeklyEstimate);
        new ReproducibilityCheck(registry).Run(SnapshotFrom(registry.Current)).Verdict.ShouldBe(ReproducibilityVerdict.Identical);
    }

    [Fact]
    public void Run_ModelVersionWithChangedWeighting_OldSnapshotStillReproduces()
    {
        var old = SnapshotFrom(new FormulateEngine(Original));
        var firstKey = Original.Model.Parameters[0].Key;
        var changed = Original with { Model = Original.Model.Setting(firstKey, Original.Model.Parameters[0].Values[0].Value + 5) with { Version = "2026.1" } };

        var outcome = new ReproducibilityCheck(new EngineRegistry([Original, changed])).Run(old);

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.Identical);
    }

    [Fact]
    public void Run_QuestionSetVersionAdded_OldSnapshotReproducesWithTheOldSet()
    {
        var old = SnapshotFrom(new FormulateEngine(Original));
        var newer = Original with { Questions = Original.Questions with { Version = "2026.1" } };
        var registry = new EngineRegistry([Original, newer]);

        var outcome = new ReproducibilityCheck(registry).Run(old);

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.Identical);
        registry.Current.Definition.Stamp.QuestionSet.ShouldBe("formulate-needs-profile@2026.1");
    }

    [Fact]
    public void Run_VersionNotRegistered_SaysWhichVersionIsMissing()
    {
        var snapshot = SnapshotFrom(new FormulateEngine(Original), configuration: "demo-council@1999.1");

        var outcome = new ReproducibilityCheck(EngineRegistry.Shipped()).Run(snapshot);

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.VersionUnavailable);
        outcome.Message.ShouldBe("This estimate cannot be re-run here: this installation does not have the configuration demo-council@1999.1 it was made with.");
    }

    [Fact]
    public void Run_StoredResultDiffersFromTheRerun_IsNotReproduced()
    {
        var registry = EngineRegistry.Shipped();
        var honest = SnapshotFrom(registry.Current);
        var altered = SnapshotFrom(registry.Current, resultJson: honest.ResultJson.Replace(
            Pounds.Number(honest.WeeklyEstimate), Pounds.Number(honest.WeeklyEstimate + 1), StringComparison.Ordinal));

        var outcome = new ReproducibilityCheck(registry).Run(altered);

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.Different);
    }

    [Fact]
    public void Run_StoredChecklistPredictionFromEarlierRules_ReproducesTheBudgetAndSaysTheChecksChanged()
    {
        var registry = EngineRegistry.Shipped();
        var honest = SnapshotFrom(registry.Current);
        var stored = EstimateSnapshots.ReadResult(honest).ShouldNotBeNull();
        var earlierRules = stored with
        {
            Chc = stored.Chc with { Recommendation = "A recommendation worded by earlier rules", CountB = stored.Chc.CountB + 1 },
            QualityStatements = [],
        };
        var old = SnapshotFrom(registry.Current, resultJson: Formulate.Engine.Json.FormulateJson.Serialize(earlierRules));

        var outcome = new ReproducibilityCheck(registry).Run(old);

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.BudgetReproducedChecksChanged);
        outcome.Message.ShouldStartWith($"Budget reproduced: re-running the stored answers with question set {Original.Stamp.QuestionSet}");
        outcome.Message.ShouldContain($"gives the identical {Pounds.Format(honest.WeeklyEstimate)} a week");
    }

    [Fact]
    public void Run_StoredChecklistDiffersAndSoDoesTheMoney_IsNotReproduced()
    {
        var registry = EngineRegistry.Shipped();
        var honest = SnapshotFrom(registry.Current);
        var stored = EstimateSnapshots.ReadResult(honest).ShouldNotBeNull();
        var altered = stored with { Chc = stored.Chc with { Recommendation = "Earlier" }, TotalWeeklyHours = stored.TotalWeeklyHours + 1 };

        var outcome = new ReproducibilityCheck(registry).Run(SnapshotFrom(registry.Current, resultJson: Formulate.Engine.Json.FormulateJson.Serialize(altered)));

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.Different);
    }

    [Fact]
    public void Run_InstallationMovedToCareAsPlanned_AnEstimateFromTheFirstModelStillReproduces()
    {
        var old = SnapshotFrom(new FormulateEngine(Original));
        var registry = EngineRegistry.Shipped(DefaultDefinitions.CareAsPlanned);

        var outcome = new ReproducibilityCheck(registry).Run(old);

        outcome.Verdict.ShouldBe(ReproducibilityVerdict.Identical);
        registry.Current.Definition.Stamp.Model.ShouldBe("formulate-core@2026.1");
    }

    [Fact]
    public void Constructor_TwoDifferentConfigurationsWithOneStamp_IsRefused()
    {
        var sameStamp = Original with { Configuration = Original.Configuration.Setting("rate.home_care", 30.00m) };

        var error = Should.Throw<ArgumentException>(() => new EngineRegistry([Original, sameStamp]));

        error.Message.ShouldContain("demo-council@2025.3");
    }

    private static EstimateSnapshot SnapshotFrom(FormulateEngine engine, string? configuration = null, string? resultJson = null)
    {
        var result = engine.Estimate(Profile).Result.ShouldNotBeNull();
        var made = EstimateSnapshots.From(Profile, result);
        return new EstimateSnapshot
        {
            CreatedBy = "test",
            QuestionSetVersion = made.QuestionSetVersion,
            ModelVersion = made.ModelVersion,
            ConfigurationVersion = configuration ?? made.ConfigurationVersion,
            WeeklyEstimate = made.WeeklyEstimate,
            InputJson = made.InputJson,
            ResultJson = resultJson ?? made.ResultJson,
            TraceJson = made.TraceJson,
        };
    }
}
