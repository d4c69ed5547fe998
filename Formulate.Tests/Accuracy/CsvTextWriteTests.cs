using Formulate.Analysis.Accuracy;
using Formulate.Web.Accuracy;
using Shouldly;

namespace Formulate.Tests.Accuracy;

public class CsvTextWriteTests
{
    [Fact]
    public void Write_FieldsASpreadsheetWouldRunAsFormulas_KeepsThemAsText()
    {
        var text = CsvText.Write([["=1+2", "+44 20 7946 0000", "@SUM(A1:A9)", "-2+3", "\tcmd", "plain"]]);

        CsvText.Split(text.TrimStart('\uFEFF'), out _).Single()
            .ShouldBe(["'=1+2", "'+44 20 7946 0000", "'@SUM(A1:A9)", "'-2+3", "'\tcmd", "plain"]);
    }

    [Fact]
    public void Write_SignedNumbers_StayNumbers()
    {
        var text = CsvText.Write([["-5", "-3.50", "+2", "12"]]);

        CsvText.Split(text.TrimStart('\uFEFF'), out _).Single().ShouldBe(["-5", "-3.50", "+2", "12"]);
    }

    [Fact]
    public void ProblemsReport_ColumnNamedLikeAFormula_IsDownloadedAsText()
    {
        var problems = new[] { new SampleProblem { Row = 1, Column = "=HYPERLINK(\"http://example.org\",\"open\")", Reason = "Unknown column" } };

        var text = SampleProblemsCsv.Write(problems);

        var record = CsvText.Split(text.TrimStart('\uFEFF'), out _)[1];
        record[1].ShouldBe("'=HYPERLINK(\"http://example.org\",\"open\")");
        record[2].ShouldBe("Unknown column");
    }
}
