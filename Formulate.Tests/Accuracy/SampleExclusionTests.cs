using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Engine.Defaults;

namespace Formulate.Tests.Accuracy;

public sealed class SampleExclusionTests
{
    private static SampleImport Parse(string text) => SampleParser.Parse(text, DefaultDefinitions.Definition.Questions);

    private static SampleFiles ClearPackage(SampleFiles file, int row)
    {
        for (var line = 1; line <= SampleFormat.MaxPackageLines; line++)
        {
            file.Set(row, SampleFormat.SupportTypeColumn(line), "").Set(row, SampleFormat.UnitsColumn(line), "").Set(row, SampleFormat.RateColumn(line), "");
        }

        return file;
    }

    [Fact]
    public void Parse_ReasonGiven_CaseKeptWithItsReasonAndMayHaveNoPackage()
    {
        var file = SampleFiles.Valid(SampleFormat.MinRows + 2)
            .Set(4, SampleFormat.ExcludedBecauseColumn, "Joint funding with the NHS")
            .Set(6, SampleFormat.ExcludedBecauseColumn, "No care package");
        ClearPackage(file, 6);

        var import = Parse(file.Text);

        import.Problems.ShouldBeEmpty();
        var cases = import.Sample.ShouldNotBeNull().Cases;
        cases.Count.ShouldBe(SampleFormat.MinRows + 2);
        cases.Single(c => c.Row == 4).ExcludedBecause.ShouldBe("Joint funding with the NHS");
        cases.Single(c => c.Row == 6).ExcludedBecause.ShouldBe("No care package");
        cases.Where(c => c.Row is not (4 or 6)).ShouldAllBe(c => c.ExcludedBecause == null);
    }

    [Fact]
    public void Parse_NoPackageAndNoReason_SaysToGiveOneOrTheOther()
    {
        var file = ClearPackage(SampleFiles.Valid(), 5);

        var problem = Parse(file.Text).Problems.ShouldHaveSingleItem();

        problem.Row.ShouldBe(5);
        problem.Reason.ShouldContain("no lines");
        problem.Reason.ShouldContain(SampleFormat.ExcludedBecauseColumn);
    }

    [Fact]
    public void Parse_FileWithoutTheColumn_EveryCaseCounts()
    {
        var import = Parse(SampleFiles.Valid().DropColumn(SampleFormat.ExcludedBecauseColumn).Text);

        import.Problems.ShouldBeEmpty();
        import.Sample!.Cases.ShouldAllBe(c => c.ExcludedBecause == null);
    }

    [Fact]
    public void Parse_ReasonTooLong_NamesRowAndColumn()
    {
        var import = Parse(SampleFiles.Valid(SampleFormat.MinRows + 1).Set(3, SampleFormat.ExcludedBecauseColumn, new string('x', 201)).Text);

        import.Sample.ShouldBeNull();
        var problem = import.Problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(3);
        problem.Column.ShouldBe(SampleFormat.ExcludedBecauseColumn);
        problem.Reason.ShouldContain("at most 200");
    }

    [Fact]
    public void Parse_TooManyExcluded_SaysHowManyAreLeftAndImportsNothing()
    {
        var file = SampleFiles.Valid(SampleFormat.MinRows + 1)
            .Set(2, SampleFormat.ExcludedBecauseColumn, "Joint funding")
            .Set(3, SampleFormat.ExcludedBecauseColumn, "Joint funding");

        var import = Parse(file.Text);

        import.Sample.ShouldBeNull();
        import.Problems.ShouldHaveSingleItem().Reason.ShouldContain($"2 of the {SampleFormat.MinRows + 1} people are excluded, leaving {SampleFormat.MinRows - 1}");
    }

    [Fact]
    public void Report_ExcludedCases_ListedWithReasonsAndLeftOutOfEveryFigure()
    {
        var sample = SyntheticSample.Generate(SampleFormat.MinRows + 2, 12);
        var marked = new Sample
        {
            Cases = [.. sample.Cases.Select((c, i) => i is 0 or 9 ? c with { ExcludedBecause = "Joint funding with the NHS" } : c)],
        };
        var without = new Sample { Cases = [.. sample.Cases.Where((_, i) => i is not (0 or 9))] };

        var report = AccuracyReporter.Report(DefaultDefinitions.Definition, marked, 25m);
        var expected = AccuracyReporter.Report(DefaultDefinitions.Definition, without, 25m);

        report.Excluded.Select(c => (c.CaseId, c.Reason)).ShouldBe([(sample.Cases[0].CaseId, "Joint funding with the NHS"), (sample.Cases[9].CaseId, "Joint funding with the NHS")]);
        report.Overall.ShouldBe(expected.Overall);
        report.Baseline.ShouldBe(expected.Baseline);
        report.Points.ShouldBe(expected.Points);
        report.Outliers.Select(o => o.CaseId).ShouldBe(expected.Outliers.Select(o => o.CaseId));
        expected.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public void Calibrate_ExcludedCases_FittedAsIfAbsent()
    {
        var sample = SyntheticSample.Generate(SampleFormat.MinRows + 1, 13);
        var marked = new Sample { Cases = [.. sample.Cases.Select((c, i) => i == 4 ? c with { ExcludedBecause = "No care package", Package = [] } : c)] };
        var without = new Sample { Cases = [.. sample.Cases.Where((_, i) => i != 4)] };
        var options = new CalibrationOptions { NewVersion = "2026.1", EffectiveFrom = new DateOnly(2026, 4, 1), Reference = "Exclusion test" };

        var result = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, marked, options);
        var expected = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, without, options);

        result.Figures.ShouldBe(expected.Figures);
        result.Changes.ShouldBe(expected.Changes);
        result.CasesLeftOut.ShouldBe(expected.CasesLeftOut + 1);
    }
}
