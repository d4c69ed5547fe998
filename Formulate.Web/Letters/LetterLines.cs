using Formulate.Analysis.Text;
using Formulate.Engine.Estimation;

namespace Formulate.Web.Letters;

/// <summary>Turns the allocation summary into plain sentences about what the money is for.</summary>
public static class LetterLines
{
    private static readonly Dictionary<string, string> Phrases = new(StringComparer.Ordinal)
    {
        ["personal-care"] = "Help with personal care",
        ["second-carer"] = "A second carer to help you move safely",
        ["eating-drinking"] = "Help with eating and drinking",
        ["medication-health"] = "Help with medicines and health tasks",
        ["household"] = "Help with jobs around the home",
        ["safety-supervision"] = "Help to stay safe",
        ["relationships"] = "Help to see family and friends",
        ["community-access"] = "Help to get out and about",
        ["work-learning"] = "Help with work or learning",
        ["caring-for-child"] = "Help to look after your child",
        ["night-support"] = "Help at night",
        ["carer-breaks"] = "Breaks for the person who looks after you",
        ["care-home"] = "A place in a care home",
        ["shared-lives"] = "Living with a Shared Lives carer",
    };

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

    private static string Phrase(AllocationLine line) => (line.AreaId, line.Area) switch
    {
        ("night-support", "Waking nights") => "Someone awake with you at night",
        ("night-support", "Sleep-in nights") => "Someone to sleep over at night",
        var (id, area) => Phrases.TryGetValue(id, out var phrase) ? phrase : "Help with " + area.ToLowerInvariant(),
    };
}
