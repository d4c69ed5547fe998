using Formulate.Analysis.Calibration;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Accuracy;

public sealed class CaseWeightsTests
{
    private static readonly ScenarioAnswers NoAnswers =
        ScenarioAnswers.Of(DefaultDefinitions.Definition.Questions, new VisibleAnswers(DefaultDefinitions.Definition.Questions, new Dictionary<string, string>()));

    [Fact]
    public void Of_OneCaseFarOutsideTheUsualSpread_CountsForLessAndTheRestInFull()
    {
        double[] actual = [510, 488, 508, 491, 511, 1500];
        double[] fitted = [500, 500, 500, 500, 500, 500];

        var weights = CaseWeights.Of(Cases(actual), fitted);

        weights.Take(5).ShouldAllBe(weight => weight == 1d);
        var threshold = CaseWeights.Tuning * 1.4826 * 10.5;
        weights[5].ShouldBe(threshold / 1000d, 1e-9);
    }

    [Fact]
    public void Of_DifferencesAllWithinTheUsualSpread_KeepsEveryCaseInFull()
    {
        var weights = CaseWeights.Of(Cases([100, 120, 90, 110]), [105, 112, 95, 104]);

        weights.ShouldAllBe(weight => weight == 1d);
    }

    [Fact]
    public void Of_EstimatesMatchingEveryPackage_KeepsEveryCaseInFull()
    {
        var weights = CaseWeights.Of(Cases([100, 200, 300]), [100, 200, 300]);

        weights.ShouldAllBe(weight => weight == 1d);
    }

    private static PreparedCase[] Cases(double[] actual) =>
        [.. actual.Select(cost => new PreparedCase(NoAnswers, new DateOnly(2026, 1, 5), cost))];
}
