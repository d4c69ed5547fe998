using System.Globalization;
using Formulate.Analysis.Accuracy;

namespace Formulate.Web.Accuracy;

/// <summary>A validation report as a CSV file to download and work through in a spreadsheet.</summary>
public static class SampleProblemsCsv
{
    public static string Write(IReadOnlyList<SampleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return CsvText.Write(
        [
            ["row", "column", "problem"],
            .. problems.Select(problem => (string[])
                [problem.Row?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, problem.Column ?? string.Empty, problem.Reason]),
        ]);
    }
}
