using Formulate.Analysis.Text;
using Formulate.Web.Configuration;

namespace Formulate.Web.Components.Configuration;

/// <summary>How other councils compare with a parameter, in one line for the rates grid.</summary>
public static class OtherCouncils
{
    public static string Of(ParameterRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.IsRate)
        {
            return row.Benchmark is { } benchmark
                ? $"Average {Pounds.Format(benchmark.Average)}; {Pounds.Format(benchmark.Minimum)} to {Pounds.Format(benchmark.Maximum)} across {benchmark.Count} councils"
                  + (benchmark.SimilarAverage is { } similar ? $"; similar councils' average {Pounds.Format(similar)}" : "")
                : "No council in the benchmarking data sets this rate.";
        }

        return row.MostCommon is { } common
            ? $"Most common elsewhere: {ParameterGroups.Show(row.Parameter, common.MostCommon)} ({common.Choosing} of {common.Total} councils)"
            : "Not in the benchmarking data.";
    }
}
