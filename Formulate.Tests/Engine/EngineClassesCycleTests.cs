using System.Text.RegularExpressions;
using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Engine;

/// <summary>
/// The engine's rules, method headings and QA checks are static classes whose fields are built from each other's. Where
/// two of them each read the other as they are set up, the first two threads to use them, one each, can each find the
/// other's fields still unset: the method document once failed that way on a busy machine, its headings read as null.
/// So no class of the engine may lead back to itself through the others it names (each file is one class, by its name).
/// </summary>
public sealed partial class EngineClassesCycleTests
{
    [Fact]
    public void EngineClasses_NamingEachOther_NeverLeadBackToThemselves()
    {
        var sources = RepoRoot.SourceFiles("Formulate.Engine").ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllText);
        var names = sources.Keys.ToHashSet(StringComparer.Ordinal);
        var uses = sources.ToDictionary(
            source => source.Key,
            source => Member().Matches(WithoutComments(source.Value)).Select(match => match.Groups[1].Value).Where(name => name != source.Key && names.Contains(name)).ToHashSet(StringComparer.Ordinal));

        var cycles = names.Select(name => CycleFrom(name, uses)).OfType<string>().ToList();

        uses.Values.Sum(used => used.Count).ShouldBeGreaterThan(100, "the scan should see the engine's classes naming each other");
        cycles.ShouldBeEmpty("these classes lead back to themselves; move what both need into a class of its own");
    }

    [Fact]
    public void CycleFrom_TwoClassesNamingEachOther_IsFound() =>
        CycleFrom("A", new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["A"] }).ShouldBe("A → B → A");

    private static string? CycleFrom(string start, IReadOnlyDictionary<string, HashSet<string>> uses)
    {
        var path = new List<string> { start };
        return Walk(start);

        string? Walk(string name)
        {
            foreach (var next in uses.GetValueOrDefault(name) ?? [])
            {
                if (next == start)
                {
                    return string.Join(" → ", path.Append(start));
                }

                if (path.Contains(next))
                {
                    continue;
                }

                path.Add(next);
                if (Walk(next) is { } found)
                {
                    return found;
                }

                path.RemoveAt(path.Count - 1);
            }

            return null;
        }
    }

    private static string WithoutComments(string source) => LineComment().Replace(source, string.Empty);

    [GeneratedRegex(@"\b([A-Z][A-Za-z]+)\.[A-Z]")]
    private static partial Regex Member();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
