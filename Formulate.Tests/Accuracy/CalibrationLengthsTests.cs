using Formulate.Analysis.Calibration;
using Formulate.Engine.Defaults;
using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Accuracy;

public sealed class CalibrationLengthsTests
{
    /// <remarks>
    /// The practice planner's sample 4 holds two people with waking nights, bought at the council's length of a night.
    /// Fitted like a weighting, that length went from 10 hours to 1.3 on their two packages, and every waking night the
    /// council funds afterwards would have been estimated at an eighth of its cost.
    /// </remarks>
    [Fact]
    public void Calibrate_SampleWithTwoWakingNights_LeavesTheLengthsOfWhatIsBoughtAsTheyWere()
    {
        var (sample, result) = PracticeCalibration.Of(4);

        sample.Cases.Count(c => c.Package.Any(line => line.SupportType == "waking_night_hour")).ShouldBeGreaterThan(0);
        result.Changes.ShouldNotBeEmpty();
        foreach (var key in ParameterBounds.LengthsOfWhatIsBought)
        {
            result.Changes.ShouldNotContain(change => change.Key == key);
            result.Model!.Find(key)!.Values.ShouldBe(DefaultDefinitions.CareAsPlanned.Model.Find(key)!.Values);
        }
    }
}
