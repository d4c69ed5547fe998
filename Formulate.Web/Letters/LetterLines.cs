using Formulate.Analysis.Text;
using Formulate.Engine.Estimation;
using Formulate.Engine.Rules;

namespace Formulate.Web.Letters;

/// <summary>
/// Turns an approved budget into plain sentences about what the money is for: the allocation lines of the estimate it was
/// agreed from, any change the council's limits made, and any agreed change to the estimate, so that they add up to the
/// budget.
/// </summary>
public static class LetterLines
{
    public const string AgreedChange = "Agreed change to the estimate";

    public static IReadOnlyList<LetterLine> From(EstimateResult result, decimal agreedWeekly)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<LetterLine>(result.AllocationSummary.Where(line => line.Amount != 0m).Select(Describe));
        lines.AddRange(result.Adjustments.Where(adjustment => adjustment.Amount != 0m).Select(Describe));
        var change = agreedWeekly - result.WeeklyEstimate;
        if (change != 0m)
        {
            lines.Add(new LetterLine { Text = $"{AgreedChange}: {Pounds.Difference(change)} a week", WeeklyAmount = change });
        }

        return lines;
    }

    /// <summary>A council limit's change, signed so that the list adds up: "Taken off, as this is the most we usually pay for support at home: −£35.20 a week".</summary>
    public static LetterLine Describe(BudgetAdjustment adjustment)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        var what = adjustment.Amount < 0m
            ? "Taken off, as this is the most we usually pay for support at home"
            : "Added, to bring the budget up to the lowest amount we pay";
        return new LetterLine { Text = $"{what}: {Pounds.Difference(adjustment.Amount)} a week", WeeklyAmount = adjustment.Amount };
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
