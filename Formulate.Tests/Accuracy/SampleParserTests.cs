using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;

namespace Formulate.Tests.Accuracy;

public sealed class SampleParserTests
{
    private static SampleImport Parse(string text) => SampleParser.Parse(text, DefaultDefinitions.Definition.Questions);

    private static SampleProblem OnlyProblem(SampleFiles file)
    {
        var import = Parse(file.Text);
        import.Sample.ShouldBeNull("nothing is imported when any row is bad");
        return import.Problems.ShouldHaveSingleItem();
    }

    [Fact]
    public void Parse_ValidFile_ImportsEveryCaseWithItsPackageCost()
    {
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 3);

        var import = Parse(SyntheticSample.ToCsv(sample));

        import.Problems.ShouldBeEmpty();
        var cases = import.Sample.ShouldNotBeNull().Cases;
        cases.Count.ShouldBe(SampleFormat.MinRows);
        cases[0].Row.ShouldBe(2);
        cases.Select(c => c.CaseId).ShouldBe(sample.Cases.Select(c => c.CaseId));
        cases.Select(c => c.ActualWeeklyCost).ShouldBe(sample.Cases.Select(c => c.ActualWeeklyCost));
        cases[5].Profile.Answers.ShouldBe(sample.Cases[5].Profile.Answers, ignoreOrder: true);
    }

    /// <remarks>Support arranged as a direct payment for a personal assistant is priced at the council's personal assistant rate, so a package records it as such.</remarks>
    [Fact]
    public void Parse_PersonalAssistantLine_IsReadAtItsCost()
    {
        var file = SampleFiles.Valid()
            .Set(3, SampleFormat.SupportTypeColumn(1), "personal_assistant")
            .Set(3, SampleFormat.UnitsColumn(1), "12")
            .Set(3, SampleFormat.RateColumn(1), "15.50");

        var import = Parse(file.Text);

        import.Problems.ShouldBeEmpty();
        import.Sample!.Cases[1].Package[0].SupportType.ShouldBe("personal_assistant");
        import.Sample.Cases[1].Package[0].WeeklyCost.ShouldBe(186m);
    }

    [Fact]
    public void Parse_TemplateWithExcelByteOrderMarkAndDayMonthDates_IsRead()
    {
        var file = SampleFiles.Valid().Set(2, SampleFormat.AssessmentDateColumn, "01/06/2025");

        var import = Parse("\uFEFF" + file.Text);

        import.Problems.ShouldBeEmpty();
        import.Sample!.Cases[0].Profile.AssessmentDate.ShouldBe(new DateOnly(2025, 6, 1));
    }

    [Fact]
    public void Parse_UnknownQuestionId_NamesTheHeading()
    {
        var problem = OnlyProblem(SampleFiles.Valid().RenameColumn("hygiene.need", "hygiene.needs"));

        problem.Row.ShouldBe(1);
        problem.Column.ShouldBe("hygiene.needs");
        problem.Reason.ShouldContain("is not a question id");
    }

    [Fact]
    public void Parse_AnswerNotOffered_NamesRowColumnAndTheAnswersOffered()
    {
        var file = SampleFiles.Valid();
        file.Get(4, "mobility.walking").ShouldNotBeEmpty();

        var problem = OnlyProblem(file.Set(4, "mobility.walking", "sprinting"));

        problem.Row.ShouldBe(4);
        problem.Column.ShouldBe("mobility.walking");
        problem.Reason.ShouldContain("'sprinting' is not an answer");
    }

    [Fact]
    public void Parse_AnswerToHiddenQuestion_IsReported()
    {
        var file = SampleFiles.Valid();
        var row = Enumerable.Range(2, SampleFormat.MinRows).First(r => file.Get(r, "behaviour.present") == "no");

        var problem = OnlyProblem(file.Set(row, "behaviour.risk", "low"));

        problem.Row.ShouldBe(row);
        problem.Column.ShouldBe("behaviour.risk");
        problem.Reason.ShouldContain("is not asked");
    }

    [Fact]
    public void Parse_MissingRequiredAnswer_IsReported()
    {
        var problem = OnlyProblem(SampleFiles.Valid().Set(6, "mobility.falls", string.Empty));

        problem.Row.ShouldBe(6);
        problem.Column.ShouldBe("mobility.falls");
        problem.Reason.ShouldStartWith("Answer");
    }

    [Theory]
    [InlineData("ten", "is not a number")]
    [InlineData("1e400", "is not a number")]
    [InlineData("99999999999999999999999999999999", "is not a number")]
    [InlineData("-3", "is negative")]
    [InlineData("5000", "is more than")]
    public void Parse_BadUnits_IsReported(string units, string reason)
    {
        var problem = OnlyProblem(SampleFiles.Valid().Set(7, SampleFormat.UnitsColumn(1), units));

        problem.Row.ShouldBe(7);
        problem.Column.ShouldBe(SampleFormat.UnitsColumn(1));
        problem.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Parse_NegativeRate_IsReported()
    {
        var problem = OnlyProblem(SampleFiles.Valid().Set(8, SampleFormat.RateColumn(1), "-21.64"));

        problem.Row.ShouldBe(8);
        problem.Column.ShouldBe(SampleFormat.RateColumn(1));
        problem.Reason.ShouldContain("unit rate is negative");
    }

    [Fact]
    public void Parse_UnknownSupportType_ListsTheTypes()
    {
        var problem = OnlyProblem(SampleFiles.Valid().Set(9, SampleFormat.SupportTypeColumn(1), "massage"));

        problem.Column.ShouldBe(SampleFormat.SupportTypeColumn(1));
        problem.Reason.ShouldContain("home_care");
    }

    [Fact]
    public void Parse_RaggedRow_IsReported()
    {
        var problem = OnlyProblem(SampleFiles.Valid().DropLastValue(10));

        problem.Row.ShouldBe(10);
        problem.Column.ShouldBeNull();
        problem.Reason.ShouldContain("values but the header has");
    }

    [Fact]
    public void Parse_DuplicateCaseIdAndBadDate_AreReported()
    {
        var file = SampleFiles.Valid();
        file.Set(12, SampleFormat.CaseIdColumn, file.Get(11, SampleFormat.CaseIdColumn)).Set(13, SampleFormat.AssessmentDateColumn, "yesterday");

        var import = Parse(file.Text);

        import.Sample.ShouldBeNull();
        import.Problems.Count.ShouldBe(2);
        import.Problems.ShouldContain(problem => problem.Row == 12 && problem.Reason.Contains("also on row 11", StringComparison.Ordinal));
        import.Problems.ShouldContain(problem => problem.Row == 13 && problem.Column == SampleFormat.AssessmentDateColumn);
    }

    [Fact]
    public void Parse_ManyBadRows_ListsEveryOneAndImportsNothing()
    {
        var file = SampleFiles.Valid();
        file.Set(2, "mobility.walking", "x").Set(30, SampleFormat.RateColumn(1), "-1").Set(71, SampleFormat.UnitsColumn(1), "abc");

        var import = Parse(file.Text);

        import.Sample.ShouldBeNull();
        import.Problems.Select(problem => problem.Row).ShouldBe([2, 30, 71]);
    }

    [Fact]
    public void Parse_TooFewRows_SaysHowManyAreNeeded()
    {
        var problem = OnlyProblem(SampleFiles.Valid().KeepRows(69));

        problem.Row.ShouldBeNull();
        problem.Reason.ShouldContain("between 70 and 20,000");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void Parse_EmptyFile_SaysSo(string text) =>
        Parse(text).Problems.ShouldHaveSingleItem().Reason.ShouldContain("empty");

    [Fact]
    public void Parse_UnclosedQuote_IsReported()
    {
        var import = Parse("case_id,assessment_date\r\n\"CASE-1,2025-06-01\r\n");

        import.Problems.ShouldHaveSingleItem().Reason.ShouldContain("never closed");
    }

    [Fact]
    public void Template_Downloaded_ParsesAsHeadingsAndOneExampleRow()
    {
        var text = SampleFormat.Template(DefaultDefinitions.Definition.Questions, SyntheticSample.Generate(1, 3).Cases[0].Profile.Answers,
            [new PackageLine { SupportType = "home_care", UnitsPerWeek = 10.5m, UnitRate = 21.64m }], "2025-06-01");

        text.ShouldStartWith("\uFEFFcase_id,assessment_date,");
        var records = CsvText.Split(text, out _);
        records.Count.ShouldBe(2);
        records[1].Length.ShouldBe(records[0].Length);
        Parse(text).Problems.ShouldHaveSingleItem().Reason.ShouldContain("has 1 person");
    }
}
