using Formulate.Analysis.Text;
using Formulate.Engine.Estimation;
using Formulate.Engine.Rules;

namespace Formulate.Web.Letters;

/// <summary>Turns the allocation summary into plain sentences about what the money is for.</summary>
public static class LetterLines
{
    public static IReadOnlyList<LetterLine> From(EstimateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.AllocationSummary.Where(line => line.Amount != 0m).Select(Describe)];
    }

    public static LetterLine Describe(AllocationLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var amount = Pounds.Format(line.Amount);
        var what = Phrase(line);
        var text = (line.UnitKind, line.Period) switch
        {
            (UnitKind.Hours, _) => $"{what}: {PlainQuantities.Hours(line.Units)} a week, {amount}",
            (UnitKind.Sessions, _) => $"{what}: {PlainQuantities.Count(line.Units, "session")} a week, {amount}",
            (UnitKind.Nights, _) => $"{what}: {PlainQuantities.Count(line.Units, "night")} a week, {amount}",
            (UnitKind.Weeks, UnitPeriod.PerYear) => $"{what}: {PlainQuantities.Count(line.Units, "week")} a year, {amount} a week",
            _ => $"{what}: {amount} a week",
        };
        return new LetterLine { Text = text, WeeklyAmount = line.Amount };
    }

    /// <summary>The catalogue's phrase for the rule the line was priced under; for an area this engine does not know, its name.</summary>
    private static string Phrase(AllocationLine line) =>
        RuleCatalogue.Find(line.RuleId) is { } rule && RuleCatalogue.LetterPhraseOf(rule) is { } phrase
            ? phrase
            : "Help with " + line.Area.ToLowerInvariant();
}
