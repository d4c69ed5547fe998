using System.Globalization;
using System.Text;
using Formulate.Data.Audit;

namespace Formulate.Web.Audit;

/// <summary>The audit log as CSV (RFC 4180), one row per entry, for auditors to take away.</summary>
public static class AuditCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["Occurred at (UTC)", "User", "Action", "Record", "Record id", "Case reference", "Before", "After"];

    public static string Write(IEnumerable<AuditRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var row in rows)
        {
            var entry = row.Entry;
            Line(csv,
            [
                entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                entry.UserName, entry.Action, entry.EntityType, entry.EntityId, row.CaseReference ?? "",
                entry.BeforeJson ?? "", entry.AfterJson ?? "",
            ]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    /// <summary>Quoted; a cell a spreadsheet would read as a formula is prefixed with an apostrophe.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
