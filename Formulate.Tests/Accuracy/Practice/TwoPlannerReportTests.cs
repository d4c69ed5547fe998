namespace Formulate.Tests.Accuracy.Practice;

public sealed class TwoPlannerReportTests
{
    [Fact]
    public void Table_OnePairing_OneRowWithEachFigureRoundedAsTheDocsShowThem()
    {
        var figures = new HeldOutFigures
        {
            CalibratedOn = "Practice planner",
            MeasuredOn = "First planner",
            Samples = 10,
            CalibrationSize = 70,
            MeasuredSize = 1000,
            ShippedPearson = 0.8,
            MedianPearson = 0.91249,
            LowestPearson = 0.8805,
            MedianAbsolutePercentageError = 17.26,
            BaselineMedianPearson = 0.5,
            BaselineMedianAbsolutePercentageError = 41.04,
            BaselineMedianPoundsPerPoint = 37.325m,
            BySetting = [new SettingFigures("residential_care", 170, 0.4567, 1.234), new SettingFigures("shared_lives", 2, null, 0.9)],
        };

        var lines = TwoPlannerReport.Table([figures]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Length.ShouldBe(3);
        lines[2].ShouldBe("| Practice planner | First planner | 0.800 | 0.912 | 0.881 | 17.3% | 0.500 | 41.0% | £37.33 |");
        var bySetting = TwoPlannerReport.BySetting(figures).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        bySetting[^2].ShouldBe("| residential_care | 170 | 0.457 | 1.23 |");
        bySetting[^1].ShouldBe("| shared_lives | 2 | – | 0.90 |");
    }

    [Fact]
    public void MedianAbsolutePercentageError_FourCases_TheMiddleOfTheirPercentages()
    {
        // 10%, 50%, 20% and 0% off: the middle two are 10% and 20%, so the median is 15%. A case with no cost is left out.
        var median = TwoPlannerAccuracy.MedianAbsolutePercentageError([110m, 150m, 80m, 40m, 5m], [100m, 100m, 100m, 40m, 0m]);

        median.ShouldBe(15, 1e-9);
    }
}
