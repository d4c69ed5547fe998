using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;
using Formulate.Engine.Json;

namespace Formulate.Tests.Accuracy;

public sealed class CorrelationIntervalTests
{
    [Theory]
    [InlineData(0.9, 70, 0.8434, 0.9369)]
    [InlineData(0.5, 10, -0.1892, 0.8592)]
    [InlineData(-0.3, 20, -0.6555, 0.1643)]
    public void Interval_CorrelationAndCount_GivesFishersNinetyFivePercentRange(double r, int count, double lower, double upper)
    {
        var interval = AccuracyStatistics.Interval(r, count).ShouldNotBeNull();

        interval.Lower.ShouldBe(lower, 0.00005);
        interval.Upper.ShouldBe(upper, 0.00005);
        interval.Confidence.ShouldBe(0.95);
    }

    [Fact]
    public void Interval_MorePeople_Narrower()
    {
        var seventy = AccuracyStatistics.Interval(0.92, 70)!;
        var fiveThousand = AccuracyStatistics.Interval(0.92, 5000)!;

        (fiveThousand.Upper - fiveThousand.Lower).ShouldBeLessThan((seventy.Upper - seventy.Lower) / 5);
        fiveThousand.Lower.ShouldBeGreaterThan(seventy.Lower);
    }

    [Theory]
    [InlineData(0.9, 3)]
    [InlineData(1.0, 70)]
    [InlineData(-1.0, 70)]
    public void Interval_TooFewPeopleOrPerfectCorrelation_NotGiven(double r, int count) =>
        AccuracyStatistics.Interval(r, count).ShouldBeNull();

    [Fact]
    public void Measure_SampleOfSeventy_IntervalSurroundsThePearson()
    {
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 12);
        var figures = AccuracyReporter.Report(DefaultDefinitions.Definition, sample, 25m).Overall;

        var interval = figures.PearsonInterval.ShouldNotBeNull();
        interval.Lower.ShouldBeLessThan(figures.Pearson!.Value);
        interval.Upper.ShouldBeGreaterThan(figures.Pearson.Value);
        interval.ShouldBe(AccuracyStatistics.Interval(figures.Pearson.Value, figures.Count));
    }

    [Fact]
    public void PearsonInterval_ReportSavedWithoutIt_WorkedOutWhenRead()
    {
        var figures = FormulateJson.Deserialize<AccuracyFigures>("""{"count":70,"pearson":0.9,"meanAbsoluteError":10}""")!;

        figures.PearsonInterval.ShouldBe(new CorrelationInterval { Lower = 0.8434, Upper = 0.9369 });
    }
}
