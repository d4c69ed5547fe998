using Formulate.Engine;
using Formulate.Engine.Profiles;

namespace Formulate.Analysis.Impact;

/// <summary>Re-estimates people under the version in force and under a draft, on the same assessment date, and sums up the difference.</summary>
public static class ImpactPreview
{
    private static readonly (string Label, decimal? From, decimal? To)[] Bands =
    [
        ("Down by more than £50", null, -50m),
        ("Down by £10 to £50", -50m, -10m),
        ("Down by less than £10", -10m, 0m),
        ("No change", 0m, 0m),
        ("Up by less than £10", 0m, 10m),
        ("Up by £10 to £50", 10m, 50m),
        ("Up by more than £50", 50m, null),
    ];

    public static ImpactReport Compare(IReadOnlyList<ImpactPerson> people, FormulateEngine current, FormulateEngine draft, DateOnly assessedOn, int largest = 10)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(draft);
        var changes = new List<ImpactChange>(people.Count);
        var notCompared = new List<(string, string)>();
        foreach (var person in people)
        {
            var profile = person.Profile with { AssessmentDate = assessedOn };
            var now = current.Estimate(profile);
            var then = now.Result is null ? now : draft.Estimate(profile);
            if (now.Result is { } before && then.Result is { } after)
            {
                changes.Add(new ImpactChange(person.Reference, person.Name, before.WeeklyEstimate, after.WeeklyEstimate));
            }
            else
            {
                notCompared.Add((person.Reference, FirstProblem(now.Result is null ? now.Problems : then.Problems)));
            }
        }

        return new ImpactReport
        {
            AssessedOn = assessedOn,
            DraftDiffersFrom = DraftTiming.FirstDifference(current.Definition, draft.Definition, assessedOn),
            People = people.Count,
            Compared = changes.Count,
            NotCompared = notCompared,
            Changed = changes.Count(c => c.Change != 0),
            CurrentWeeklyTotal = changes.Sum(c => c.Current),
            DraftWeeklyTotal = changes.Sum(c => c.Draft),
            Distribution = [.. Bands.Select(b => new ImpactBand(b.Label, b.From, b.To, changes.Count(c => InBand(c.Change, b.From, b.To))))],
            LargestChanges = [.. changes.Where(c => c.Change != 0).OrderByDescending(c => Math.Abs(c.Change)).ThenBy(c => c.Reference, StringComparer.Ordinal).Take(largest)],
        };
    }

    private static bool InBand(decimal change, decimal? from, decimal? to) => (from, to) switch
    {
        (0m, 0m) => change == 0,
        (null, { } upper) => change < upper,
        ({ } lower, null) => change > lower,
        ({ } lower, { } upper) when upper == 0m => change >= lower && change < 0,
        ({ } lower, { } upper) when lower == 0m => change > 0 && change < upper,
        ({ } lower, { } upper) when lower < 0 => change >= lower && change < upper,
        ({ } lower, { } upper) => change >= lower && change <= upper,
        _ => false,
    };

    private static string FirstProblem(IReadOnlyList<ValidationProblem> problems) =>
        problems.Count == 0 ? "It could not be estimated." : problems[0].Message;
}
