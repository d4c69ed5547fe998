using Formulate.Tests.Accuracy.Practice;
using Xunit.Abstractions;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// The model on councils drawn by a third planner, written from published practice by someone who had not read the
/// model or either of the other planners, and never used to shape the model (decision 0055). Each council is configured
/// with its rates alone, as the independent evaluation configures one; the target is the evaluation's: a median
/// held-out Pearson of at least 0.90.
/// </summary>
public sealed class HeldOutAccuracyTests(ITestOutputHelper output)
{
    public static readonly int[] CouncilSeeds = [1, 2, 3];

    public static readonly int[] MoreCouncilSeeds = [4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Calibrate_ThreeHeldOutCouncilsOnTheirRatesAlone_MedianHeldOutPearsonAtLeastNinetyAndEachBeatsTheBaseline()
    {
        var councils = CouncilSeeds.Select(seed => HeldOutAccuracy.Within(HeldOutCouncil.Drawn(seed), planningSettings: false)).ToList();
        output.WriteLine(TwoPlannerReport.Table(councils));

        HeldOutAccuracy.MedianOverCouncils(councils).ShouldBeGreaterThanOrEqualTo(0.90);
        foreach (var council in councils)
        {
            council.MedianPearson.ShouldBeGreaterThan(council.BaselineMedianPearson, council.CalibratedOn);
            council.MedianAbsolutePercentageError.ShouldBeLessThan(council.BaselineMedianAbsolutePercentageError, council.CalibratedOn);
        }
    }

    /// <remarks>Ten councils, each with its rates alone and then with the planning settings it would also configure.</remarks>
    [MoreCouncilsFact]
    public void Report_TenHeldOutCouncils_PrintsTheTableAndTheMediansOverCouncils()
    {
        var seeds = CouncilSeeds.Concat(MoreCouncilSeeds).ToList();
        var ratesAlone = seeds.Select(seed => HeldOutAccuracy.Within(HeldOutCouncil.Drawn(seed), planningSettings: false)).ToList();
        var withSettings = seeds.Select(seed => HeldOutAccuracy.Within(HeldOutCouncil.Drawn(seed), planningSettings: true)).ToList();

        var table = TwoPlannerReport.Table([.. ratesAlone, .. withSettings]) +
                    $"\nMedian over councils: {HeldOutAccuracy.MedianOverCouncils(ratesAlone):0.000} on their rates alone, " +
                    $"{HeldOutAccuracy.MedianOverCouncils(withSettings):0.000} with their planning settings.\n";
        output.WriteLine(table);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "held-out-accuracy.md"), table);
        foreach (var council in ratesAlone.Concat(withSettings))
        {
            council.MedianPearson.ShouldBeGreaterThan(council.BaselineMedianPearson, council.CalibratedOn);
        }
    }
}
