using System.Globalization;
using System.Text;
using Formulate.Engine.Accuracy;

namespace Formulate.Web.Accuracy;

/// <summary>A validation report as a CSV file to download and work through in a spreadsheet.</summary>
public static class SampleProblemsCsv
{
    public static string Write(IReadOnlyList<SampleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = new StringBuilder("\uFEFFrow,column,problem\r\n");
        foreach (var problem in problems)
        {
            text.Append(problem.Row?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(CsvText.Quote(problem.Column ?? string.Empty)).Append(',')
                .Append(CsvText.Quote(problem.Reason)).Append("\r\n");
        }

        return text.ToString();
    }
}
