using System.Text.Json.Serialization;
using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation;

/// <summary>
/// One area of need in the allocation summary: the units of care and what they cost each week.
/// <see cref="Amount"/> is <see cref="Units"/> × <see cref="Rate"/> (÷ 52 for yearly units), rounded once.
/// </summary>
public sealed record AllocationLine
{
    public required string AreaId { get; init; }

    /// <summary>
    /// The catalogue rule the line was priced under (e.g. waking or sleep-in nights), which the letter looks up. Worked out
    /// from the area and support type rather than stored, so that results saved before it existed read back with it and
    /// re-run to the same text.
    /// </summary>
    [JsonIgnore]
    public string RuleId => RuleCatalogue.LineOf(AreaId, SupportType)?.Id ?? AreaId;

    public required string Area { get; init; }

    /// <summary>Units of care, rounded to two decimal places.</summary>
    public required decimal Units { get; init; }

    public required UnitKind UnitKind { get; init; }

    public UnitPeriod Period { get; init; } = UnitPeriod.PerWeek;

    /// <summary>The kind of support priced, e.g. "home_care"; a rate key in the configuration.</summary>
    public required string SupportType { get; init; }

    /// <summary>£ per unit.</summary>
    public required decimal Rate { get; init; }

    /// <summary>£ per week.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Why the amount is less than units × rate, when a limit applied.</summary>
    public string? Note { get; init; }

    /// <summary>Hours of support a week this line stands for; zero for sessions, sleep-in nights and placements.</summary>
    public required decimal WeeklyHours { get; init; }
}
