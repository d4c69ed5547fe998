using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Engine.Tracing;

namespace Formulate.Tests.Engine;

/// <summary>A parameter set is a value: what has been looked up in it never changes its equality, nor what a copy answers.</summary>
public sealed class ParameterSetEqualityTests
{
    private static readonly ParameterSet Shipped = DefaultDefinitions.Definition.Configuration;

    [Fact]
    public void Equals_TwoSetsFromTheSameDataAfterLookupsInOne_EqualWithEqualHashCodes()
    {
        var looked = FromShippedData();
        var untouched = FromShippedData();

        LookUpEverything(looked);

        looked.ShouldBe(untouched);
        untouched.ShouldBe(looked);
        looked.GetHashCode().ShouldBe(untouched.GetHashCode());
    }

    [Fact]
    public void GetHashCode_AfterAnEstimateReadsTheSet_UnchangedSoTheSetIsStillFoundAsAKey()
    {
        var set = FromShippedData();
        var before = set.GetHashCode();
        var known = new HashSet<ParameterSet> { set };

        LookUpEverything(set);

        set.GetHashCode().ShouldBe(before);
        known.ShouldContain(set);
    }

    [Fact]
    public void Equals_CopyMadeBeforeLookups_StillEqualToTheOriginalAfterThem()
    {
        var set = FromShippedData();
        var copy = set with { };

        LookUpEverything(set);

        copy.ShouldBe(set);
        copy.GetHashCode().ShouldBe(set.GetHashCode());
    }

    [Fact]
    public void With_ChangedParametersAndVersion_EstimateReadsTheNewRateAndNamesTheNewVersion()
    {
        var set = FromShippedData();
        var profile = WorkedCaseDataAttribute.Load("wc01").Profile;
        var before = Estimate(set, profile);
        before.AllocationSummary.Single(line => line.AreaId == "personal-care").Amount.ShouldBe(151.48m);

        var raised = set.Setting("rate.home_care", 30m) with { Version = "2099.1" };
        var after = Estimate(raised, profile);

        // Seven hours a week of personal care at £30.00 an hour.
        after.AllocationSummary.Single(line => line.AreaId == "personal-care").Amount.ShouldBe(210.00m);
        raised.Find("rate.home_care")!.Values.ShouldHaveSingleItem().Value.ShouldBe(30m);
        raised.Find("rate", "home_care").ShouldBeSameAs(raised.Find("rate.home_care"));
        raised.Stamp.ShouldBe($"{Shipped.Id}@2099.1");
        after.Versions.Configuration.ShouldBe($"{Shipped.Id}@2099.1");
        var configurationReads = Flatten(after.Trace).SelectMany(step => step.Parameters).Where(read => read.Key.StartsWith("rate.", StringComparison.Ordinal)).ToList();
        configurationReads.ShouldNotBeEmpty();
        configurationReads.ShouldAllBe(read => read.Source == $"{Shipped.Id}@2099.1");
        set.Find("rate.home_care")!.Values[0].Value.ShouldBe(21.64m);
    }

    private static IEnumerable<TraceStep> Flatten(TraceStep step) => step.Steps.SelectMany(Flatten).Prepend(step);

    private static ParameterSet FromShippedData() => new()
    {
        Kind = Shipped.Kind,
        Id = Shipped.Id,
        Version = Shipped.Version,
        Title = Shipped.Title,
        Description = Shipped.Description,
        Council = Shipped.Council,
        DifferenceReasons = Shipped.DifferenceReasons,
        Parameters = Shipped.Parameters,
    };

    /// <summary>Every lookup, public and the engine's own, that an estimate and its what-ifs make in the configuration.</summary>
    private static void LookUpEverything(ParameterSet set)
    {
        set.Find("rate.home_care").ShouldNotBeNull();
        set.Find("rate", "home_care").ShouldNotBeNull();
        set.Stamp.ShouldBe($"{Shipped.Id}@{Shipped.Version}");
        Estimate(set, WorkedCaseDataAttribute.Load("wc02").Profile);
    }

    private static EstimateResult Estimate(ParameterSet configuration, NeedsProfile profile) =>
        new FormulateEngine(DefaultDefinitions.Definition with { Configuration = configuration }).EstimateOrFail(profile);
}
