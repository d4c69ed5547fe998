using System.Text.RegularExpressions;
using Formulate.Engine.Quality;
using Formulate.Engine.Rules;
using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Engine;

/// <summary>Searching the source for any rule id finds the one place it is declared.</summary>
public class RuleDeclarationTests
{
    private static readonly string[] Projects = ["Formulate.Engine", "Formulate.Analysis", "Formulate.Data", "Formulate.Web"];

    private static List<(string Path, string Text)> Sources()
    {
        var root = RepoRoot.Combine();
        var separator = Path.DirectorySeparatorChar;
        return
        [
            .. Projects.SelectMany(project => RepoRoot.SourceFiles(project))
                .Select(path => (Path.GetRelativePath(root, path).Replace(separator, '/'), File.ReadAllText(path))),
        ];
    }

    [Fact]
    public void Sources_EveryRuleId_IsWrittenOutOnceWhereItIsDeclared()
    {
        var sources = Sources();
        // A Care Act outcome's id is also the prefix of its questions ("relationships.need"), written where questions are read.
        var outcomes = CareActOutcomes.All.Select(outcome => outcome.Id).ToHashSet(StringComparer.Ordinal);

        // A Checklist descriptor is declared as data in its table and cited by the one rule row that meets it.
        foreach (var rule in ChcCatalogueEntries.Descriptors)
        {
            var literal = $"\"{rule.Id}\"";
            sources.Where(source => source.Text.Contains(literal, StringComparison.Ordinal)).Select(source => (source.Path, Regex.Count(source.Text, Regex.Escape(literal))))
                .ShouldBe([("Formulate.Engine/Chc/ChcDescriptors.cs", 1), ("Formulate.Engine/Chc/ChcDomainRules.cs", 1)], ignoreOrder: true, rule.Id);
        }

        foreach (var rule in RuleCatalogue.All.Except(ChcCatalogueEntries.Descriptors))
        {
            var literal = $"\"{rule.Id}\"";
            var declarations = sources.Where(source => Regex.IsMatch(source.Text, $@"\bId = {Regex.Escape(literal)}")).Select(source => source.Path).ToList();
            declarations.ShouldHaveSingleItem(rule.Id).ShouldStartWith("Formulate.Engine/Rules/", Case.Sensitive, rule.Id);

            var occurrences = sources.Sum(source => Regex.Count(source.Text, Regex.Escape(literal)));
            if (!outcomes.Contains(rule.Id))
            {
                occurrences.ShouldBe(1, $"{rule.Id} is written out {occurrences} times: use its catalogue entry rather than the text");
            }
        }
    }
}
