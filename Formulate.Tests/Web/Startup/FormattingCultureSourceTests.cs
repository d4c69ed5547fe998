using System.Text.RegularExpressions;
using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Web.Startup;

/// <summary>
/// A guard over the source of the engine, analysis, data and web projects: a date, amount or count formatted with a
/// format but no culture takes the thread's culture. The compiler's CA1305 catches <c>ToString(format)</c> in C#, but
/// neither Razor markup nor interpolated strings; these checks do, by their text. Write such a figure with
/// <c>UkFormat</c>, <c>Pounds</c> or <c>MojDate</c>, or inside <c>string.Create(UkFormat.Culture, $"...")</c>.
/// </summary>
public sealed partial class FormattingCultureSourceTests
{
    private static readonly string[] Projects = ["Formulate.Engine", "Formulate.Analysis", "Formulate.Data", "Formulate.Web"];

    [Fact]
    public void Source_FormatWithoutACulture_IsNowhere()
    {
        var found = SourceLines()
            .Where(line => FormatOnly().IsMatch(line.Text) && !GuidFormat().IsMatch(line.Text))
            .Select(line => line.Where)
            .ToList();

        found.ShouldBeEmpty($"ToString with a format and no culture: pass UkFormat.Culture, or use UkFormat, Pounds or MojDate:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void Source_InterpolatedFigureWithAFormatOutsideACulture_IsNowhere()
    {
        var found = SourceLines()
            .Where(line => FormattedHole().Matches(line.Text).Any(hole => !GuidHole().IsMatch(hole.Value)) && !GivesACulture().IsMatch(line.Context))
            .Select(line => line.Where)
            .ToList();

        found.ShouldBeEmpty($"An interpolated figure with a format takes the thread's culture: wrap the string in string.Create(UkFormat.Culture, $\"...\"), or use UkFormat, Pounds or MojDate:\n{string.Join('\n', found)}");
    }

    [Theory]
    [InlineData("""<td>@value.From.ToString("d MMMM yyyy")</td>""", true)]
    [InlineData("""var text = amount.ToString("N2");""", true)]
    [InlineData("""var text = amount.ToString("N2", UkFormat.Culture);""", false)]
    [InlineData("""var id = Guid.NewGuid().ToString("N");""", false)]
    public void FormatOnly_Line_IsFoundOnlyWithoutACulture(string line, bool found) =>
        (FormatOnly().IsMatch(line) && !GuidFormat().IsMatch(line)).ShouldBe(found);

    [Theory]
    [InlineData("""Error = $"The reason must be {MaxReasonLength:N0} characters or fewer";""", true)]
    [InlineData("""$"on or after {_version.EffectiveFrom:d MMMM yyyy} use it";""", true)]
    [InlineData("""LimitReason = static limit => $"Limited to £{limit:N2} a week",""", true)]
    [InlineData("""string.Create(UkFormat.Culture, $"Limited to £{limit:N2} a week"),""", false)]
    [InlineData("""step.Explain($"{rounded} × £{rate:N2} = £{amount:N2} a week");""", false)]
    [InlineData("""Value="@($"{ReportAction}{sample.Id:N}")" """, false)]
    [InlineData("""$"{person.Name} has {count} problems";""", false)]
    public void FormattedHole_Line_IsFoundOnlyOutsideACulture(string line, bool found) =>
        (FormattedHole().Matches(line).Any(hole => !GuidHole().IsMatch(hole.Value)) && !GivesACulture().IsMatch(line)).ShouldBe(found);

    /// <summary>Each line of C# and Razor source, with the two lines before it (where a string.Create may open).</summary>
    private static IEnumerable<(string Where, string Text, string Context)> SourceLines()
    {
        foreach (var project in Projects)
        {
            var root = RepoRoot.Combine(project);
            // Migrations are written by the tool, not by hand.
            var files = RepoRoot.SourceFiles(project).Concat(RepoRoot.SourceFiles(project, "*.razor"))
                .Where(file => !Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Contains("Migrations"));
            foreach (var file in files)
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var context = string.Join('\n', lines[Math.Max(0, i - 2)..(i + 1)]);
                    yield return ($"{Path.GetRelativePath(RepoRoot.Combine(), file)}:{i + 1}: {lines[i].Trim()}", lines[i], context);
                }
            }
        }
    }

    /// <summary><c>.ToString("...")</c> with a format and nothing after it.</summary>
    [GeneratedRegex("""\.ToString\("[^"]*"\)""")]
    private static partial Regex FormatOnly();

    /// <summary>A Guid's own formats, which no culture changes.</summary>
    [GeneratedRegex("""Guid\.NewGuid\(\)\.ToString\("[NDBP]"\)""")]
    private static partial Regex GuidFormat();

    /// <summary>An interpolation hole with a numeric or date format: <c>{x:N2}</c>, <c>{x:0.##}</c>, <c>{x:d MMMM yyyy}</c>.</summary>
    [GeneratedRegex("""\{[^{}"]*:(N\d*|C\d*|F\d*|P\d*|[0#][0#.,]*|d MMM[^}]*|yyyy[^}]*|dd[^}]*|HH[^}]*)\}""")]
    private static partial Regex FormattedHole();

    /// <summary>A Guid id in its compact form, <c>{sample.Id:N}</c>.</summary>
    [GeneratedRegex("""Id:[NDBP]\}$""")]
    private static partial Regex GuidHole();

    /// <summary>Where the string is built with a culture: string.Create, StringBuilder.Append or the trace's working, whose handler passes UkFormat.Culture.</summary>
    [GeneratedRegex("""string\.Create\(|\.Append\(\s*(CultureInfo|UkFormat)|Explain\(""")]
    private static partial Regex GivesACulture();
}
