using System.Text.Json;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;
using Formulate.Engine.Text;

namespace Formulate.Analysis.Benchmarking;

/// <summary>Reads a benchmarking file and checks all of it, listing every problem with where it is.</summary>
public static class BenchmarkDatasetLoader
{
    public static LoadResult<BenchmarkDataset> Load(string json)
    {
        BenchmarkDataset? raw;
        try
        {
            raw = FormulateJson.Deserialize<BenchmarkDataset>(json);
        }
        catch (JsonException error)
        {
            var where = error.Path is null ? "document" : error.Path;
            return LoadResult<BenchmarkDataset>.Failure([new LoadProblem(where,
                $"cannot be read (line {error.LineNumber + 1}): {error.Message} Check it is a benchmarking file in the {BenchmarkDataset.CurrentFormat} format.")]);
        }

        return raw is null ? LoadResult<BenchmarkDataset>.Failure([new LoadProblem("document", "is empty")]) : Validate(raw);
    }

    public static LoadResult<BenchmarkDataset> Validate(BenchmarkDataset raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var problems = new List<LoadProblem>();
        if (raw.Format != BenchmarkDataset.CurrentFormat)
        {
            problems.Add(new LoadProblem("format", $"is \"{raw.Format}\"; this version of Formulate reads \"{BenchmarkDataset.CurrentFormat}\""));
        }

        if (string.IsNullOrWhiteSpace(raw.Title))
        {
            problems.Add(new LoadProblem("title", "is missing; say what the dataset is"));
        }

        if (raw.Councils is null || raw.Councils.Count == 0)
        {
            problems.Add(new LoadProblem("councils", "is empty; a benchmarking file needs at least one council"));
        }

        for (var i = 0; i < (raw.Councils?.Count ?? 0); i++)
        {
            CheckCouncil(raw.Councils![i], $"councils[{i}]", problems);
        }

        foreach (var duplicate in (raw.Councils ?? []).GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new LoadProblem($"councils ({duplicate.Key})", "appears more than once; each council code must be unique"));
        }

        for (var i = 0; i < raw.PublishedFloors.Count; i++)
        {
            var floor = raw.PublishedFloors[i];
            var where = $"publishedFloors[{i}]";
            if (!BenchmarkKeys.IsRate(floor.Key ?? ""))
            {
                problems.Add(new LoadProblem(where, $"key \"{floor.Key}\" is not a rate key (rates start with \"rate.\")"));
            }

            if (floor.Value <= 0)
            {
                problems.Add(new LoadProblem(where, "value must be more than £0"));
            }

            if (string.IsNullOrWhiteSpace(floor.Source) || string.IsNullOrWhiteSpace(floor.Label))
            {
                problems.Add(new LoadProblem(where, "needs a label and a source, so people can check the figure"));
            }
        }

        return problems.Count > 0 ? LoadResult<BenchmarkDataset>.Failure(problems) : LoadResult<BenchmarkDataset>.Success(raw);
    }

    private static void CheckCouncil(BenchmarkCouncil council, string where, List<LoadProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(council.Code))
        {
            problems.Add(new LoadProblem(where, "has no code; give each council a code such as \"council-01\""));
        }

        if (council.DeprivationDecile is < 1 or > 10)
        {
            problems.Add(new LoadProblem($"{where}.deprivationDecile", $"is {council.DeprivationDecile}; it must be a whole number from 1 (most deprived) to 10 (least deprived)"));
        }

        if (!RegionTypes.All.Contains(council.RegionType))
        {
            problems.Add(new LoadProblem($"{where}.regionType", $"is \"{council.RegionType}\"; use one of {string.Join(", ", RegionTypes.All)}"));
        }

        if (council.EffectiveFrom == default)
        {
            problems.Add(new LoadProblem($"{where}.effectiveFrom", "is missing; give the date the values applied from"));
        }

        if (council.Rates is null || council.Rates.Count == 0)
        {
            problems.Add(new LoadProblem($"{where}.rates", "is empty; share at least one rate"));
        }

        foreach (var (key, value) in council.Rates ?? new Dictionary<string, decimal>())
        {
            if (!BenchmarkKeys.IsRate(key))
            {
                problems.Add(new LoadProblem($"{where}.rates.{key}", "is not a rate key (rates start with \"rate.\")"));
            }
            else if (value <= 0)
            {
                problems.Add(new LoadProblem($"{where}.rates.{key}", string.Create(UkFormat.Culture, $"is {value}; a rate must be more than £0")));
            }
        }

        foreach (var (key, value) in council.Decisions ?? new Dictionary<string, decimal>())
        {
            if (!BenchmarkKeys.IsDecision(key))
            {
                problems.Add(new LoadProblem($"{where}.decisions.{key}", "is not a decision key (decisions start with minimum., rounding., cap. or policy.)"));
            }
            else if (value < 0)
            {
                problems.Add(new LoadProblem($"{where}.decisions.{key}", string.Create(UkFormat.Culture, $"is {value}; a decision cannot be negative")));
            }
        }
    }
}
