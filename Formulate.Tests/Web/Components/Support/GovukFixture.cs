using System.Collections.Concurrent;
using System.Text.Json;

namespace Formulate.Tests.Web.Components.Support;

/// <summary>
/// One example from govuk-frontend's own fixtures.json: the macro options and the HTML the Nunjucks macro
/// renders for them. npm restores the package during the Web project's build.
/// </summary>
internal sealed record GovukFixture(string Component, string Name, JsonElement Options, string Html)
{
    private static readonly ConcurrentDictionary<string, JsonDocument> Files = new();

    public static GovukFixture Load(string component, string name)
    {
        var file = Files.GetOrAdd(component, static c => JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine(
            "node_modules", "govuk-frontend", "dist", "govuk", "components", c, "fixtures.json"))));

        foreach (var fixture in file.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            if (fixture.GetProperty("name").GetString() == name)
            {
                return new GovukFixture(component, name, fixture.GetProperty("options"), fixture.GetProperty("html").GetString()!);
            }
        }

        throw new ArgumentException($"govuk-frontend has no '{name}' fixture for {component}.", nameof(name));
    }

    /// <summary>A string option, by path: <c>Option("items", 0, "conditional", "html")</c>.</summary>
    public string Option(params object[] path)
    {
        var element = Options;
        foreach (var step in path)
        {
            element = step is int index ? element[index] : element.GetProperty((string)step);
        }

        return element.GetString()!;
    }
}
