using System.Text.Json;
using Formulate.Engine.Json;
using Formulate.Engine.Questions;
using Formulate.Engine.Text;

namespace Formulate.Engine.Parameters;

/// <summary>Reads model parameters or a council configuration from JSON and checks every value.</summary>
public static class ParameterSetLoader
{
    public static LoadResult<ParameterSet> Load(string json, ParameterSetKind expectedKind)
    {
        ParameterSet? raw;
        try
        {
            raw = FormulateJson.Deserialize<ParameterSet>(json);
        }
        catch (JsonException error)
        {
            return LoadResult<ParameterSet>.Failure([new LoadProblem("document", JsonProblemText.Describe(error, "parameter set"))]);
        }

        return raw is null
            ? LoadResult<ParameterSet>.Failure([new LoadProblem("document", "is empty")])
            : Validate(raw, expectedKind);
    }

    public static LoadResult<ParameterSet> Validate(ParameterSet raw, ParameterSetKind expectedKind)
    {
        var problems = new List<LoadProblem>();
        if (raw.Kind != expectedKind)
        {
            problems.Add(new LoadProblem("document", $"is a {Describe(raw.Kind)}, but a {Describe(expectedKind)} was expected"));
        }

        if (string.IsNullOrWhiteSpace(raw.Id) || string.IsNullOrWhiteSpace(raw.Version))
        {
            problems.Add(new LoadProblem("document", "needs both an id and a version so that estimates can record which one they used"));
        }

        if (expectedKind == ParameterSetKind.Configuration && string.IsNullOrWhiteSpace(raw.Council?.Name))
        {
            problems.Add(new LoadProblem("council", "is missing the council's name"));
        }

        if (raw.Council?.DeprivationDecile is < 1 or > 10)
        {
            problems.Add(new LoadProblem("council.deprivationDecile", $"is {raw.Council.DeprivationDecile}; give a whole number from 1 (most deprived) to 10 (least deprived)"));
        }

        if (raw.Council?.RegionType is { } region && !RegionTypes.All.Contains(region))
        {
            problems.Add(new LoadProblem("council.regionType", $"is \"{region}\"; use one of {string.Join(", ", RegionTypes.All)}"));
        }

        if (raw.DifferenceReasons is { } reasons)
        {
            if (reasons.Count == 0 || reasons.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add(new LoadProblem("differenceReasons", "needs at least one reason, and no reason may be blank"));
            }

            foreach (var duplicate in reasons.Where(r => !string.IsNullOrWhiteSpace(r)).GroupBy(r => r.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                problems.Add(new LoadProblem("differenceReasons", $"lists \"{duplicate.Key}\" more than once; keep one"));
            }
        }

        if (raw.Formula is { } formula && (expectedKind != ParameterSetKind.Model || !Estimation.ModelFormulas.All.Contains(formula)))
        {
            problems.Add(new LoadProblem("formula", expectedKind != ParameterSetKind.Model
                ? "belongs on a model, not a council configuration; remove it"
                : $"is \"{formula}\"; use one of {string.Join(", ", Estimation.ModelFormulas.All)}, or leave it out for {Estimation.ModelFormulas.ByActivity}"));
        }

        foreach (var duplicate in raw.Parameters.GroupBy(parameter => parameter.Key).Where(group => group.Count() > 1))
        {
            problems.Add(new LoadProblem(duplicate.Key, "appears more than once; keep one entry and give it dated values"));
        }

        foreach (var parameter in raw.Parameters)
        {
            CheckParameter(parameter, problems);
        }

        return problems.Count > 0 ? LoadResult<ParameterSet>.Failure(problems) : LoadResult<ParameterSet>.Success(raw);
    }

    private static void CheckParameter(Parameter parameter, List<LoadProblem> problems)
    {
        var where = string.IsNullOrWhiteSpace(parameter.Key) ? "a parameter" : parameter.Key;
        if (string.IsNullOrWhiteSpace(parameter.Key) || string.IsNullOrWhiteSpace(parameter.Label) || string.IsNullOrWhiteSpace(parameter.Unit))
        {
            problems.Add(new LoadProblem(where, "needs a key, a label and a unit"));
        }

        if (parameter.Values.Count == 0)
        {
            problems.Add(new LoadProblem(where, "has no values; add at least one with the date it applies from"));
        }

        DateOnly? previous = null;
        foreach (var value in parameter.Values)
        {
            if (previous is not null && value.From <= previous)
            {
                problems.Add(new LoadProblem(where, $"has values out of date order at {UkFormat.IsoDate(value.From)}; list them earliest first, one per date"));
            }

            if (value.Value < 0)
            {
                problems.Add(new LoadProblem(where, string.Create(UkFormat.Culture, $"has a negative value ({value.Value}) from {UkFormat.IsoDate(value.From)}; rates, times and factors cannot be negative")));
            }
            else if (parameter.Unit == "percent" && value.Value > 100)
            {
                problems.Add(new LoadProblem(where, string.Create(UkFormat.Culture, $"is {value.Value} percent from {UkFormat.IsoDate(value.From)}; a percentage here is at most 100")));
            }

            if (string.IsNullOrWhiteSpace(value.Reference))
            {
                problems.Add(new LoadProblem(where, $"value from {UkFormat.IsoDate(value.From)} has no reference; say which source or council decision set it"));
            }

            previous = value.From;
        }
    }

    private static string Describe(ParameterSetKind kind) =>
        kind == ParameterSetKind.Model ? "model parameter set" : "council configuration";
}
