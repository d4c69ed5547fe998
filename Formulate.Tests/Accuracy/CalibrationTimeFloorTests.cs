using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Accuracy;

public sealed class CalibrationTimeFloorTests
{
    /// <remarks>
    /// The practice council books a morning call as long as the heavier of washing and dressing, where the model adds the
    /// two. On its sample 6, the fit took the minutes for washing from 15 to 5 ("some") to bring its morning calls down,
    /// and every council calibrated that way would then have had washing estimated at a third of its time. Decision 0054.
    /// </remarks>
    [Fact]
    public void Calibrate_SampleWhoseCallsAreTheirHeaviestTask_TakesNoTimeBelowTwoThirdsOfWhatItWas()
    {
        var (_, result) = PracticeCalibration.Of(6);

        var times = result.Changes.Where(change => change.Unit.StartsWith("minutes", StringComparison.Ordinal) || change.Unit.StartsWith("hours", StringComparison.Ordinal)).ToList();
        times.ShouldNotBeEmpty();
        foreach (var change in times)
        {
            // The calibrated value is kept to the penny's precision, so it may round a hundredth below the floor itself.
            change.After.ShouldBeGreaterThanOrEqualTo(Math.Round(change.Before * 2m / 3m, 2) - 0.01m, change.Key);
        }
    }
}
