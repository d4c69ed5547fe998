using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Web.Audit;

namespace Formulate.Tests.Web.Audit;

public class AuditCsvTests
{
    [Fact]
    public void Write_EntryWithJsonAndQuotes_QuotesEveryCellAndDoublesQuotes()
    {
        var entry = new AuditEntry
        {
            OccurredAt = new DateTimeOffset(2026, 11, 22, 10, 15, 30, TimeSpan.Zero),
            UserName = "demo.manager",
            Action = "Budget agreed",
            EntityType = "Submission",
            EntityId = "abc",
            BeforeJson = """{"Submission":{"Status":"AwaitingApproval"}}""",
            AfterJson = """{"Submission":{"Status":"Approved"}}""",
        };

        var lines = AuditCsv.Write([new AuditRow(entry, "DEMO-0001")]).Split("\r\n");

        lines[0].ShouldBe("\"Occurred at (UTC)\",\"User\",\"Action\",\"Record\",\"Record id\",\"Case reference\",\"Before\",\"After\"");
        lines[1].ShouldBe(
            "\"2026-11-22T10:15:30.000000Z\",\"demo.manager\",\"Budget agreed\",\"Submission\",\"abc\",\"DEMO-0001\"," +
            "\"{\"\"Submission\"\":{\"\"Status\"\":\"\"AwaitingApproval\"\"}}\",\"{\"\"Submission\"\":{\"\"Status\"\":\"\"Approved\"\"}}\"");
    }

    [Fact]
    public void Write_CellLookingLikeAFormula_IsPrefixedSoSpreadsheetsShowItAsText()
    {
        var entry = new AuditEntry { UserName = "=HYPERLINK(\"x\")", Action = "a", EntityType = "t", EntityId = "i" };

        AuditCsv.Write([new AuditRow(entry, null)]).ShouldContain("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
